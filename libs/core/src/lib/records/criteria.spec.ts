import { ValidationError } from '../errors/errors';
import { compileCriteria, CriteriaCatalog } from './criteria';
import { CriteriaField, CriteriaRelation } from './record-types';

const contactFields: CriteriaField[] = [
  { key: 'lastName', label: 'Last name', type: 'TEXT', sql: (a) => `${a}.last_name` },
  { key: 'age', label: 'Age', type: 'NUMBER', sql: (a) => `date_part('year', age(${a}.birthday))` },
  { key: 'email', label: 'E-mail', type: 'EMAIL', many: true, sql: (a) => `${a}.email_addresses` },
  { key: 'phone', label: 'Phone', type: 'PHONE', many: true, sql: (a) => `${a}.phone_numbers` },
  { key: 'birthday', label: 'Birthday', type: 'DATE', sql: (a) => `${a}.birthday` },
  { key: 'channel', label: 'Channel', type: 'SELECT', options: [{ key: 'EMAIL', label: 'E-mail' }], sql: (a) => `${a}.preferred_channel` },
  { key: 'custom.hobby', label: 'Hobby', type: 'MULTI_SELECT', options: [{ key: 'fishing', label: 'Fishing' }, { key: 'golf', label: 'Golf' }], customKey: 'hobby', sql: (a) => `ARRAY(SELECT jsonb_array_elements_text(${a}.custom->'hobby'))` },
  { key: 'custom.vip', label: 'VIP', type: 'BOOLEAN', customKey: 'vip', sql: (a) => `((${a}.custom->>'vip')::boolean)` },
];
const accountFields: CriteriaField[] = [
  { key: 'region', label: 'Region', type: 'TEXT', sql: (a) => `${a}.region` },
  { key: 'turnover', label: 'Turnover', type: 'MONEY', sql: (a) => `(SELECT sum(v.amount) FROM account.metric_value v WHERE v.account_id = ${a}.id)` },
];
const relations: Record<string, CriteriaRelation[]> = {
  contact: [{ key: 'accounts', label: 'Accounts', target: 'account', link: (o, i) => `EXISTS (SELECT 1 FROM account.account_contact l WHERE l.contact_id = ${o}.id AND l.account_id = ${i}.id)` }],
  account: [],
};

const catalog: CriteriaCatalog = {
  fields: (type) => (type === 'contact' ? contactFields : accountFields),
  relations: (type) => relations[type],
  table: (type) => (type === 'contact' ? 'contact.contact' : 'account.account'),
  scope: (type, alias) => (type === 'account' ? { sql: `${alias}.owner_id = :scopeUserId`, params: { scopeUserId: 'u1' } } : { sql: 'TRUE', params: {} }),
  normalisePhone: (text) => (text.replace(/\D/g, '').length === 11 ? `+7${text.replace(/\D/g, '').slice(1)}` : null),
};

const compile = (criteria: unknown) => compileCriteria(catalog, 'contact', criteria, 'c');

function problems(criteria: unknown): { field: string; message: string }[] {
  try {
    compile(criteria);
  } catch (e) {
    if (e instanceof ValidationError) return e.fields;
    throw e;
  }
  throw new Error('expected a validation error');
}

describe('criteria compiler', () => {
  it('compiles AND/OR groups into parameterised SQL', () => {
    const { sql, params } = compile({
      and: [
        { field: 'age', op: 'BETWEEN', value: [30, 40] },
        { or: [{ field: 'custom.hobby', op: 'CONTAINS_ANY', value: ['fishing'] }, { field: 'channel', op: 'EQ', value: 'EMAIL' }] },
      ],
    });
    expect(sql).toBe(
      `(date_part('year', age(c.birthday)) BETWEEN :cr0 AND :cr1 AND ((c.custom @> :cr2::jsonb) OR c.preferred_channel = :cr3))`,
    );
    expect(params).toEqual({ cr0: 30, cr1: 40, cr2: '{"hobby":["fishing"]}', cr3: 'EMAIL' });
  });

  it('tests list fields element-wise and normalises phones to E.164', () => {
    const { sql, params } = compile({ or: [{ field: 'phone', op: 'EQ', value: '8 (916) 123-45-67' }, { field: 'email', op: 'CONTAINS', value: 'Example' }] });
    expect(sql).toContain('c.phone_numbers @> ARRAY[:cr0]::text[]');
    expect(sql).toContain('FROM unnest(c.email_addresses)');
    expect(params).toEqual({ cr0: '+79161234567', cr1: '%example%' });
  });

  it('compiles relation tests with the reader\'s scope on the related records', () => {
    const { sql, params } = compile({ relation: 'accounts', op: 'ANY', where: { field: 'turnover', op: 'GT', value: 1_000_000_00 } });
    expect(sql).toMatch(/^EXISTS \(SELECT 1 FROM account\.account cr_r0 WHERE EXISTS \(.*l\.account_id = cr_r0\.id\) AND cr_r0\.owner_id = :cr_s0 AND \(SELECT sum/);
    expect(params).toEqual({ cr_s0: 'u1', cr1: 100000000 });
    expect(compile({ relation: 'accounts', op: 'NONE' }).sql).toMatch(/^NOT EXISTS/);
  });

  it('treats empty values by type', () => {
    expect(compile({ field: 'lastName', op: 'IS_EMPTY' }).sql).toBe(`(COALESCE(c.last_name, '') = '')`);
    expect(compile({ field: 'custom.vip', op: 'IS_NOT_EMPTY' }).sql).toBe(`(c.custom ? 'vip')`);
    expect(compile({ field: 'email', op: 'IS_EMPTY' }).sql).toBe('(COALESCE(cardinality(c.email_addresses), 0) = 0)');
  });

  it('never puts user text into the SQL string', () => {
    const hostile = `x'); DROP TABLE contact.contact; --`;
    const { sql, params } = compile({
      or: [
        { field: 'lastName', op: 'EQ', value: hostile },
        { field: 'lastName', op: 'CONTAINS', value: `100%_\\${hostile}` },
        { field: 'lastName', op: 'IN', value: [hostile, ':cr0'] },
      ],
    });
    expect(sql).not.toContain('DROP');
    expect(sql).not.toContain("'");
    expect(params.cr0).toBe(hostile);
    expect(params.cr1).toBe(`%100\\%\\_\\\\x'); drop table contact.contact; --%`);
  });

  it('refuses fields, operators and relations that are not in the catalog, naming the path', () => {
    expect(problems({ field: 'last_name; DROP TABLE x', op: 'EQ', value: 1 })).toEqual([
      { field: 'criteria.field', message: 'unknown field "last_name; DROP TABLE x"' },
    ]);
    expect(problems({ and: [{ field: 'age', op: 'CONTAINS', value: 'x' }] })).toEqual([
      { field: 'criteria.and.0.op', message: 'must be one of EQ, NE, GT, GTE, LT, LTE, BETWEEN, IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY for age' },
    ]);
    expect(problems({ relation: 'deals', op: 'ANY' })).toEqual([{ field: 'criteria.relation', message: 'unknown relation "deals"' }]);
    expect(problems({ relation: 'accounts', op: 'EQ' })).toEqual([{ field: 'criteria.op', message: 'must be ANY or NONE for a relation' }]);
    expect(problems({ relation: 'accounts', op: 'ANY', where: { field: 'age', op: 'EQ', value: 3 } })).toEqual([
      { field: 'criteria.where.field', message: 'unknown field "age"' },
    ]);
  });

  it('checks every value against its field type and options, all problems at once', () => {
    expect(
      problems({
        and: [
          { field: 'age', op: 'GT', value: '30' },
          { field: 'birthday', op: 'LT', value: '2024-02-30' },
          { field: 'custom.hobby', op: 'CONTAINS_ANY', value: ['chess'] },
          { field: 'channel', op: 'IN', value: 'EMAIL' },
          { field: 'custom.vip', op: 'EQ', value: 'yes' },
          { field: 'age', op: 'BETWEEN', value: [1] },
          { relation: 'accounts', op: 'ANY', where: { field: 'turnover', op: 'GT', value: 10.5 } },
        ],
      }),
    ).toEqual([
      { field: 'criteria.and.0.value', message: 'must be a number' },
      { field: 'criteria.and.1.value', message: 'must be a date YYYY-MM-DD' },
      { field: 'criteria.and.2.value.0', message: 'no such option "chess" for custom.hobby' },
      { field: 'criteria.and.3.value', message: 'must be a list of 1 to 500 values' },
      { field: 'criteria.and.4.value', message: 'must be true or false' },
      { field: 'criteria.and.5.value', message: 'must be [from, to]' },
      { field: 'criteria.and.6.where.value', message: 'must be a whole amount in minor units (kopecks, cents)' },
    ]);
  });

  it('refuses malformed trees, too deep nesting and too many conditions', () => {
    expect(problems(null)).toEqual([{ field: 'criteria', message: 'must be an object' }]);
    expect(problems({ and: [] })).toEqual([{ field: 'criteria.and', message: 'must be a non-empty list' }]);
    expect(problems({ and: [{ field: 'age', op: 'EQ', value: 1 }], or: [] })).toEqual([
      { field: 'criteria', message: 'must have exactly one of and, or, not, field, relation' },
    ]);
    let deep: unknown = { field: 'age', op: 'EQ', value: 1 };
    for (let i = 0; i < 7; i++) deep = { not: deep };
    expect(problems(deep)[0].message).toBe('is nested deeper than 6 levels');
    const many = { or: Array.from({ length: 51 }, () => ({ field: 'age', op: 'EQ', value: 1 })) };
    expect(problems(many)).toEqual([{ field: 'criteria.or.50', message: 'more than 50 conditions' }]);
    expect(problems({ field: 'lastName', op: 'EQ', value: 'x'.repeat(501) })).toEqual([{ field: 'criteria.value', message: 'must be at most 500 characters' }]);
  });
});
