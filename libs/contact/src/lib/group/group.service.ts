import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, NotFoundError, requireUuid, requirePermission, ValidationError } from '@crm/core';
import { DataSource } from 'typeorm';
import { ContactFilter } from '../contact/contact.inputs';
import { ContactService } from '../contact/contact.service';
import { ContactGroup, ContactGroupKind, ContactGroupMember } from './group.entity';

/**
 * Groups are shared lists; membership is always read through the contact access policy, so a
 * group never reveals a member the reader may not see.
 */
@Injectable()
export class GroupService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly contacts: ContactService) {}

  list(actor: Actor): Promise<ContactGroup[]> {
    requirePermission(actor, 'contact.read');
    return this.db.getRepository(ContactGroup).find({ order: { name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<ContactGroup> {
    requirePermission(actor, 'contact.read');
    const group = await this.db.getRepository(ContactGroup).findOne({ where: { id: requireUuid(id, 'Group') } });
    if (!group) throw new NotFoundError('Group');
    return group;
  }

  async create(actor: Actor, input: { name: string; kind: ContactGroupKind; criteria?: ContactFilter | null }): Promise<ContactGroup> {
    requirePermission(actor, 'contact.update');
    if (input.kind === ContactGroupKind.DYNAMIC && !input.criteria) throw ValidationError.field('criteria', 'a dynamic group needs criteria');
    if (input.kind === ContactGroupKind.STATIC && input.criteria) throw ValidationError.field('criteria', 'only dynamic groups have criteria');
    return this.db.getRepository(ContactGroup).save({
      name: input.name.trim(), kind: input.kind, criteria: input.criteria ? { ...input.criteria } : null, createdBy: actor.userId,
    });
  }

  async update(actor: Actor, input: { id: string; name?: string | null; criteria?: ContactFilter | null }): Promise<ContactGroup> {
    requirePermission(actor, 'contact.update');
    const group = await this.get(actor, input.id);
    if (input.name) group.name = input.name.trim();
    if (input.criteria) {
      if (group.kind !== ContactGroupKind.DYNAMIC) throw ValidationError.field('criteria', 'only dynamic groups have criteria');
      group.criteria = { ...input.criteria };
    }
    return this.db.getRepository(ContactGroup).save(group);
  }

  async delete(actor: Actor, id: string): Promise<string> {
    requirePermission(actor, 'contact.update');
    await this.get(actor, id);
    await this.db.getRepository(ContactGroup).delete({ id });
    return id;
  }

  /** Adds only contacts the actor can see; unknown or hidden ids are refused, naming the first. */
  async changeMembers(actor: Actor, groupId: string, contactIds: string[], add: boolean): Promise<ContactGroup> {
    requirePermission(actor, 'contact.update');
    const group = await this.get(actor, groupId);
    if (group.kind !== ContactGroupKind.STATIC) throw ValidationError.field('groupId', 'members of a dynamic group follow its criteria');
    const visible = new Set((await this.contacts.visibleQuery(actor).select('c.id').andWhere('c.id = ANY(:ids)', { ids: contactIds }).getMany()).map((c) => c.id));
    const missing = contactIds.findIndex((id) => !visible.has(id));
    if (missing >= 0) throw ValidationError.field(`contactIds.${missing}`, 'no such contact');
    const repo = this.db.getRepository(ContactGroupMember);
    if (add) await repo.createQueryBuilder().insert().values(contactIds.map((contactId) => ({ groupId, contactId }))).orIgnore().execute();
    else await repo.createQueryBuilder().delete().where('group_id = :groupId AND contact_id = ANY(:contactIds)', { groupId, contactIds }).execute();
    return group;
  }

  /** Members the actor can see: explicit members, or matches of the saved criteria. */
  memberCount(actor: Actor, group: ContactGroup): Promise<number> {
    return this.contacts.count(actor, { groupId: group.id });
  }
}
