import { EntityManager } from 'typeorm';
import { ValidationError } from '../errors/errors';
import { User } from './user.entity';

/** The owner a record is given: an active user, or a field error naming ownerId. */
export async function requireActiveOwner(m: EntityManager, ownerId: string | null | undefined): Promise<User> {
  const owner = ownerId ? await m.getRepository(User).findOne({ where: { id: ownerId, active: true } }) : null;
  if (!owner) throw ValidationError.field('ownerId', 'is not an active user');
  return owner;
}
