import { DataSource, In } from 'typeorm';
import { byKey, Loaders } from '../graphql/loaders';
import { Team, Territory, User } from './user.entity';

/** Batched lookups of users, teams and territories for relation fields across all modules. */
export function userLoader(loaders: Loaders, db: DataSource) {
  return loaders.get<string, User | null>('core.user', async (ids) =>
    byKey(ids, await db.getRepository(User).findBy({ id: In([...ids]) }), (u) => u.id),
  );
}

export function teamLoader(loaders: Loaders, db: DataSource) {
  return loaders.get<string, Team | null>('core.team', async (ids) =>
    byKey(ids, await db.getRepository(Team).findBy({ id: In([...ids]) }), (t) => t.id),
  );
}

export function territoryLoader(loaders: Loaders, db: DataSource) {
  return loaders.get<string, Territory | null>('core.territory', async (ids) =>
    byKey(ids, await db.getRepository(Territory).findBy({ id: In([...ids]) }), (t) => t.id),
  );
}
