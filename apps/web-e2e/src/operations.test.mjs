// Every GraphQL document the SPA sends must validate against the gateway's generated schema
// (apps/gateway/schema.graphql). Catches drift between the SPA and the real API without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, parse, validate, visit, Kind } from 'graphql';
import ts from 'typescript';

const root = join(import.meta.dirname, '../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/gateway/schema.graphql'), 'utf8'));

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

/** The text of every gql`...` template in the SPA, with `${fragment}` interpolations dropped. */
function gqlTemplates() {
  const found = [];
  for (const file of sourceFiles(join(root, 'apps/web/src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('gql`')) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const walk = (node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'gql') {
        const t = node.template;
        const body = ts.isNoSubstitutionTemplateLiteral(t)
          ? t.text
          : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)].join('\n');
        found.push({ file: relative(root, file), body });
      }
      ts.forEachChild(node, walk);
    };
    walk(sf);
  }
  return found;
}

const templates = gqlTemplates();
const fragments = new Map();
const operations = [];
for (const { file, body } of templates) {
  for (const def of parse(body).definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else operations.push({ file, def });
  }
}

function withFragments(def) {
  const needed = new Map();
  const collect = (node) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (needed.has(name)) return;
        const fragment = fragments.get(name);
        assert.ok(fragment, `fragment ${name} is not defined anywhere in the SPA`);
        needed.set(name, fragment);
        collect(fragment);
      },
    });
  collect(def);
  return { kind: Kind.DOCUMENT, definitions: [def, ...needed.values()] };
}

test('every GraphQL operation of the SPA validates against the gateway schema', (t) => {
  assert.ok(operations.length >= 10, `found only ${operations.length} operations`);
  const problems = operations.flatMap(({ file, def }) =>
    validate(schema, withFragments(def)).map((e) => `${def.operation} ${def.name?.value ?? '(anonymous)'} (${file}): ${e.message}`),
  );
  t.diagnostic(`${operations.length} operations, ${fragments.size} fragments checked`);
  assert.deepEqual(problems, []);
});
