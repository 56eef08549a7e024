import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export enum StageKind { OPEN = 'OPEN', WON = 'WON', LOST = 'LOST' }
registerEnumType(StageKind, { name: 'StageKind', description: 'OPEN stages are worked on; reaching a WON or LOST stage closes the deal' });

export enum ForecastCategory { PIPELINE = 'PIPELINE', BEST_CASE = 'BEST_CASE', COMMIT = 'COMMIT', CLOSED = 'CLOSED', OMITTED = 'OMITTED' }
registerEnumType(ForecastCategory, {
  name: 'ForecastCategory',
  description: 'COMMIT: the rep is confident; BEST_CASE: could close; PIPELINE: early; CLOSED: won; OMITTED: lost or left out of the forecast',
});

/** A sales process: ordered stages from first contact to won or lost (SAL-2, SAL-3). */
@ObjectType()
@Entity({ schema: 'sales', name: 'pipeline' })
@Index('pipeline_default_key', { synchronize: false })
export class Pipeline {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field(() => Int) @Column({ type: 'integer' }) position: number;
  @Field({ description: 'New deals go here unless another pipeline is chosen' }) @Column({ type: 'boolean', default: false }) isDefault: boolean;
  @Field() @Column({ type: 'boolean', default: false }) archived: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}

@ObjectType()
@Entity({ schema: 'sales', name: 'stage' })
@Index('stage_pipeline_idx', ['pipelineId', 'position'])
export class Stage {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) pipelineId: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field(() => Int, { description: 'Order within the pipeline' }) @Column({ type: 'integer' }) position: number;
  @Field(() => StageKind) @Column({ type: 'text' }) kind: StageKind;
  @Field(() => Int, { description: 'Default win probability of deals in this stage, 0–100' }) @Column({ type: 'smallint' }) probability: number;
  @Field(() => ForecastCategory) @Column({ type: 'text' }) forecastCategory: ForecastCategory;
  @Field() @Column({ type: 'boolean', default: false }) archived: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}

/** Why deals are lost: a list admins edit, so reports can group by it. */
@ObjectType()
@Entity({ schema: 'sales', name: 'loss_reason' })
@Index('loss_reason_name_key', { synchronize: false })
export class LossReason {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field(() => Int) @Column({ type: 'integer' }) position: number;
  @Field() @Column({ type: 'boolean', default: false }) archived: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}
