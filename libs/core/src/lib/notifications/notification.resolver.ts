import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { Actor } from '../access/actor';
import { PageInfo, toConnection } from '../graphql/connection';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';

@ObjectType()
class NotificationEdge {
  @Field() cursor: string;
  @Field(() => Notification) node: Notification;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge]) edges: NotificationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) unreadCount: number;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'null marks all as read' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be notification ids' })
  ids?: string[] | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int) unreadCount: number;
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @SignedIn()
  @Query(() => NotificationConnection)
  async notifications(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    const page = await this.notificationService.list(actor, first, after, unreadOnly);
    return { ...toConnection(page, page.cursor), unreadCount: await this.notificationService.unreadCount(actor) };
  }

  @SignedIn()
  @Mutation(() => MarkNotificationsReadPayload)
  async markNotificationsRead(@CurrentActor() actor: Actor, @Args('input') input: MarkNotificationsReadInput): Promise<MarkNotificationsReadPayload> {
    return { unreadCount: await this.notificationService.markRead(actor, input.ids) };
  }
}
