import DataLoader from 'dataloader';

/**
 * Request-scoped DataLoaders, created lazily by name: every relation field batches its loads
 * into one query per request (no N+1). Lives on the GraphQL context.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results to match the keys; missing keys get null. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results per key, for one-to-many fields. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
  return keys.map((k) => map.get(k) ?? []);
}

export interface GraphQLContext {
  req: { actor?: import('../access/actor').Actor | null; id?: string; ip?: string; cookies?: Record<string, string>; headers: Record<string, unknown> };
  res: { cookie: (name: string, value: string, options: object) => void; clearCookie: (name: string, options: object) => void };
  loaders: Loaders;
}
