import { JOB_NAMES, JobWorkerHost } from '@crm/core';
import { createTestContext, TestContext } from '@crm/core/testing';
import { DOMAIN_MODULES } from '@crm/modules';

/** With every module loaded (as the worker runs), each declared job has exactly one handler. */
describe('jobs', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(DOMAIN_MODULES);
  });
  afterAll(() => ctx.close());

  it('have one handler each when every module is loaded', () => {
    expect([...ctx.get(JobWorkerHost).discoverHandlers().keys()].sort()).toEqual([...JOB_NAMES].sort());
  });
});
