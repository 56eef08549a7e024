import { createTestContext, TestContext, TestUser } from '@crm/core/testing';
import { AccountModule } from '@crm/account';
import { makeAccount } from '@crm/account/testing';
import { ContactModule } from '@crm/contact';
import { makeDeal, makePipeline, TestPipeline } from '../../testing/index';
import { SalesModule } from '../sales.module';

type Errors = { errors?: { extensions: { code: string; fields?: { field: string; message: string }[] } }[] };
const codeOf = (res: Errors) => res.errors?.[0].extensions.code;
const fieldsOf = (res: Errors) => res.errors?.[0].extensions.fields?.map((f) => f.field) ?? [];

const SAVE = `mutation($i: SavePipelineInput!) { savePipeline(input: $i) { pipeline { id version stages { id name kind } } } }`;
type Saved = { savePipeline: { pipeline: { id: string; version: number; stages: { id: string; name: string; kind: string }[] } } };

/** Editing pipelines: the stage list's rules, stages still in use, concurrent edits. */
describe('pipelines', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let p: TestPipeline;

  beforeAll(async () => {
    ctx = await createTestContext([ContactModule, AccountModule, SalesModule]);
    admin = await ctx.makeUser('admin');
    p = await makePipeline(ctx, 'Edited', true);
  });
  afterAll(() => ctx.close());

  const stagesOf = (pipeline: TestPipeline) => [...pipeline.open, pipeline.won, pipeline.lost].map((s) => ({ id: s.id, name: s.name, kind: s.kind }));

  it('refuses a stage list without open, won and lost stages in that order, naming the stages', async () => {
    const res = await ctx.gql(admin, SAVE, { i: { name: 'Broken', stages: [{ name: 'Won', kind: 'WON' }, { name: 'Open', kind: 'OPEN' }, { name: 'Won', kind: 'WON' }] } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res).sort()).toEqual(['stages', 'stages', 'stages', 'stages[2].name'].sort());
  });

  it('refuses to drop a stage that still holds open deals, and to change its kind', async () => {
    const account = await makeAccount(ctx, admin.actor, { name: 'Pipeline Ltd' });
    await makeDeal(ctx, admin.actor, { accountId: account.id, pipelineId: p.pipeline.id, stageId: p.open[2].id });
    const [current] = (await ctx.gql<{ pipelines: { id: string; version: number }[] }>(admin, `query { pipelines { id version } }`)).data!.pipelines.filter((x) => x.id === p.pipeline.id);
    const withoutNegotiation = stagesOf(p).filter((s) => s.id !== p.open[2].id);
    const dropped = await ctx.gql(admin, SAVE, { i: { id: p.pipeline.id, expectedVersion: current.version, name: 'Edited', stages: withoutNegotiation } });
    expect([codeOf(dropped), fieldsOf(dropped)]).toEqual(['CONFLICT', ['stages']]);
    // The last open stage turned into a second LOST stage: a valid list, but deals are in it.
    const changedKind = stagesOf(p).map((s) => (s.id === p.open[2].id ? { ...s, kind: 'LOST' } : s));
    expect(fieldsOf(await ctx.gql(admin, SAVE, { i: { id: p.pipeline.id, expectedVersion: current.version, name: 'Edited', stages: changedKind } }))).toEqual(['stages[2].kind']);
  });

  it('raises the version when only the stages change, so a stale editor cannot overwrite them', async () => {
    const [current] = (await ctx.gql<{ pipelines: { id: string; version: number }[] }>(admin, `query { pipelines { id version } }`)).data!.pipelines.filter((x) => x.id === p.pipeline.id);
    const renamed = stagesOf(p).map((s) => (s.id === p.open[0].id ? { ...s, name: 'First call' } : s));
    const saved = await ctx.gql<Saved>(admin, SAVE, { i: { id: p.pipeline.id, expectedVersion: current.version, name: 'Edited', stages: renamed } });
    expect(saved.data!.savePipeline.pipeline.version).toBe(current.version + 1);
    expect(saved.data!.savePipeline.pipeline.stages[0].name).toBe('First call');
    expect(codeOf(await ctx.gql(admin, SAVE, { i: { id: p.pipeline.id, expectedVersion: current.version, name: 'Edited', stages: stagesOf(p) } }))).toBe('CONFLICT');
    expect(fieldsOf(await ctx.gql(admin, SAVE, { i: { id: p.pipeline.id, name: 'Edited', stages: stagesOf(p) } }))).toEqual(['expectedVersion']);
    expect(fieldsOf(await ctx.gql(admin, SAVE, { i: { id: p.pipeline.id, expectedVersion: current.version + 1, name: 'Edited', archived: true, stages: renamed } }))).toEqual(['archived']);
  });

  it('keeps loss reasons unique regardless of case', async () => {
    const save = `mutation($i: LossReasonInput!) { saveLossReason(input: $i) { lossReason { id } } }`;
    expect((await ctx.gql(admin, save, { i: { name: 'Timing' } })).errors).toBeUndefined();
    const twice = await ctx.gql(admin, save, { i: { name: 'TIMING' } });
    expect([codeOf(twice), fieldsOf(twice)]).toEqual(['CONFLICT', ['name']]);
  });
});
