import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId?: string;
  actorId?: string | null;
  jobId?: string;
  jobName?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, fn);
}

/** Mutable for the current request, so the auth guard can add the actor after the id is set. */
export function currentContext(): RequestContext {
  return storage.getStore() ?? {};
}
