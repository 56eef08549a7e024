// Baseline B: a bare node:http server running each scenario's SQL through pg and answering JSON —
// the ceiling of "HTTP + JSON + the same SQL" on this machine. Started by run.ts with the dataset
// and context as JSON in BENCH_CONTEXT; answers GET /<scenario>?i=<call>.
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { Context, SCENARIOS } from './scenarios';

const ctx = JSON.parse(process.env.BENCH_CONTEXT!) as Context;
const pool = new Pool({ connectionString: ctx.data.url, max: 10 });

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://bench');
  const scenario = SCENARIOS.find((s) => s.name === url.pathname.slice(1));
  if (!scenario) return res.writeHead(404).end();
  scenario
    .sql(pool, ctx, Number(url.searchParams.get('i') ?? 0))
    .then((result) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: result })))
    .catch((err: Error) => res.writeHead(500).end(err.message));
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
