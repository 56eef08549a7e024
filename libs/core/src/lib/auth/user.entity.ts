import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role, ROLES } from '../access/policy';

/** GraphQL enum values are UPPER_SNAKE; the stored role is the lower-case policy name. */
export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r.toUpperCase(), r])) as Record<Uppercase<Role>, Role>;
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType()
@Entity({ schema: 'core', name: 'team' })
export class Team {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text', unique: true }) name: string;
}

@ObjectType()
@Entity({ schema: 'core', name: 'territory' })
export class Territory {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text', unique: true }) name: string;
}

@ObjectType()
@Entity({ schema: 'core', name: 'user' })
export class User {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-case; unique. */
  @Field() @Column({ type: 'text', unique: true }) email: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) passwordHash: string;
  @Field(() => RoleEnum) @Column({ type: 'text' }) role: Role;
  @Field() @Column({ type: 'text', default: 'ru' }) locale: string;
  @Index('user_team_id_idx') @Column({ type: 'uuid', nullable: true }) teamId: string | null;
  @Index('user_territory_id_idx') @Column({ type: 'uuid', nullable: true }) territoryId: string | null;
  /** Partner users are bound to their company's partner account and see only records linked to it. */
  @Column({ type: 'uuid', nullable: true }) partnerAccountId: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
