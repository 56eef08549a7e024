import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequirePermission, SignedIn } from '../access/access.decorators';
import { Actor } from '../access/actor';
import { toConnection } from '../graphql/connection';
import { JsonValue } from '../graphql/scalars';
import { CustomField } from './custom-field.entity';
import { CustomFieldService } from './custom-field.service';
import {
  ArchiveCustomFieldInput, CreateCustomFieldInput, CreateSegmentInput, CRITERIA_DESCRIPTION, CriteriaCatalogInfo, criteriaFieldInfo, CustomFieldPayload,
  DeleteSegmentInput, DeleteSegmentPayload, SegmentChangeConnection, SegmentPayload, UpdateCustomFieldInput, UpdateSegmentInput,
} from './records.graphql';
import { DismissDuplicateInput, DuplicatePair, DuplicatePairConnection, DuplicateQueue } from './duplicates';
import { RecordTypes } from './record-types';
import { Segment } from './segment.entity';
import { SegmentService } from './segment.service';

@Resolver(() => CustomField)
export class CustomFieldResolver {
  constructor(private readonly customFieldService: CustomFieldService) {}

  @SignedIn()
  @Query(() => [CustomField], { description: 'The portrait schema of a record type, in form order' })
  customFields(@Args('entityType') entityType: string, @Args('includeArchived', { defaultValue: false }) includeArchived: boolean) {
    return this.customFieldService.list(entityType, includeArchived);
  }

  @RequirePermission('customField.manage')
  @Mutation(() => CustomFieldPayload)
  async createCustomField(@CurrentActor() actor: Actor, @Args('input') input: CreateCustomFieldInput): Promise<CustomFieldPayload> {
    return { field: await this.customFieldService.create(actor, input) };
  }

  @RequirePermission('customField.manage')
  @Mutation(() => CustomFieldPayload)
  async updateCustomField(@CurrentActor() actor: Actor, @Args('input') input: UpdateCustomFieldInput): Promise<CustomFieldPayload> {
    return { field: await this.customFieldService.update(actor, input) };
  }

  @RequirePermission('customField.manage')
  @Mutation(() => CustomFieldPayload, { description: 'Archive (hide from forms, keep values) or restore a custom field' })
  async archiveCustomField(@CurrentActor() actor: Actor, @Args('input') input: ArchiveCustomFieldInput): Promise<CustomFieldPayload> {
    return { field: await this.customFieldService.setArchived(actor, input.id, input.expectedVersion, input.archived) };
  }
}

@Resolver(() => Segment)
export class SegmentResolver {
  constructor(private readonly segmentService: SegmentService, private readonly types: RecordTypes) {}

  @RequirePermission('segment.read')
  @Query(() => CriteriaCatalogInfo, { description: 'What criteria may test on a record type: fields with their operators, and relations' })
  async criteriaCatalog(@CurrentActor() actor: Actor, @Args('entityType') entityType: string): Promise<CriteriaCatalogInfo> {
    const type = this.types.find(entityType);
    if (!type) return { entityType, fields: [], relations: [] };
    return {
      entityType,
      fields: (await this.segmentService.fields(entityType, actor)).map(criteriaFieldInfo),
      relations: type.relations.map((r) => ({ key: r.key, label: r.label, target: r.target })),
    };
  }

  @RequirePermission('segment.read')
  @Query(() => Int, { description: 'Live count of the records you may see that match criteria (the segment builder counter)' })
  criteriaCount(
    @CurrentActor() actor: Actor,
    @Args('entityType') entityType: string,
    @Args('criteria', { type: () => JsonValue, description: CRITERIA_DESCRIPTION }) criteria: unknown,
  ) {
    return this.segmentService.count(actor, entityType, criteria);
  }

  @RequirePermission('segment.read')
  @Query(() => [Segment])
  segments(@CurrentActor() actor: Actor, @Args('entityType', { type: () => String, nullable: true }) entityType?: string | null) {
    return this.segmentService.list(actor, entityType);
  }

  @RequirePermission('segment.read')
  @Query(() => Segment)
  segment(@CurrentActor() actor: Actor, @Args('id') id: string) {
    return this.segmentService.get(actor, id);
  }

  @RequirePermission('segment.manage')
  @Mutation(() => SegmentPayload)
  async createSegment(@CurrentActor() actor: Actor, @Args('input') input: CreateSegmentInput): Promise<SegmentPayload> {
    return { segment: await this.segmentService.create(actor, input) };
  }

  @RequirePermission('segment.manage')
  @Mutation(() => SegmentPayload)
  async updateSegment(@CurrentActor() actor: Actor, @Args('input') input: UpdateSegmentInput): Promise<SegmentPayload> {
    return { segment: await this.segmentService.update(actor, input) };
  }

  @RequirePermission('segment.manage')
  @Mutation(() => DeleteSegmentPayload)
  async deleteSegment(@CurrentActor() actor: Actor, @Args('input') input: DeleteSegmentInput): Promise<DeleteSegmentPayload> {
    return { id: await this.segmentService.delete(actor, input.id) };
  }

  @ResolveField(() => Int, { description: 'Members you may see, evaluated now' })
  memberCount(@Parent() segment: Segment, @CurrentActor() actor: Actor) {
    return this.segmentService.count(actor, segment.entityType, segment.criteria);
  }

  @ResolveField(() => SegmentChangeConnection, { description: 'Entries and exits recorded by each refresh, newest first' })
  async history(
    @Parent() segment: Segment,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    const page = await this.segmentService.history(actor, segment, first, after);
    return toConnection(page, page.cursor);
  }
}

@Resolver(() => DuplicatePair)
export class DuplicateResolver {
  constructor(private readonly queue: DuplicateQueue) {}

  @SignedIn()
  @Query(() => DuplicatePairConnection, { description: 'Likely duplicates found by the nightly scan, strongest first; only pairs you may see both sides of' })
  async duplicatePairs(
    @CurrentActor() actor: Actor,
    @Args('entityType') entityType: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    const page = await this.queue.list(actor, entityType, first, after);
    return toConnection(page, page.cursor);
  }

  @SignedIn()
  @Mutation(() => DuplicatePair, { description: 'Mark a pair as different customers; later scans leave it alone' })
  dismissDuplicate(@CurrentActor() actor: Actor, @Args('input') input: DismissDuplicateInput) {
    return this.queue.dismiss(actor, input.entityType, input.aId, input.bId);
  }
}
