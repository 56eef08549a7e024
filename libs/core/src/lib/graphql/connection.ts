import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/** Builds Relay edges + pageInfo from a keyset page. */
export function toConnection<T>(page: { nodes: T[]; hasNextPage: boolean }, cursor: (node: T) => string) {
  const edges = page.nodes.map((node) => ({ node, cursor: cursor(node) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
