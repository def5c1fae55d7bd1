import { parseArgs } from 'node:util';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { fuzz } from './generate';

/**
 * `npm run fuzz -- --count N --seed S [--url http://127.0.0.1:4000/graphql]`: fuzzes a
 * running server (`npm start`) with the generator of the fuzz test, prints the figures
 * and every failing query, and exits 1 when any failed.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    throw new Error('--count and --seed take whole numbers (count at least 1).');
  }
  const post = async (body: string) => {
    const response = await fetch(values.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  const introspection = JSON.parse(
    (await post(JSON.stringify({ query: getIntrospectionQuery() }))).text,
  ) as { data: IntrospectionQuery };
  const schema = buildClientSchema(introspection.data);
  const started = Date.now();
  const report = await fuzz(schema, post, count, seed);
  const seconds = (Date.now() - started) / 1000;
  for (const failure of report.failures) console.log(JSON.stringify(failure));
  console.log(
    `fuzz: ${count} queries, seed ${seed}, ${seconds.toFixed(1)} s; statuses ${JSON.stringify(report.statuses)}; ` +
      `codes ${JSON.stringify(report.codes)}; ${report.failures.length} failed`,
  );
  process.exitCode = report.failures.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`fuzz: ${(error as Error).message}`);
  process.exitCode = 2;
});
