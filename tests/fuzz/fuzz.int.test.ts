import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { startApi, type TestApi } from '../api/support/api';
import { fuzz } from './generate';

/**
 * A few hundred random schema-valid queries, built from the served introspection, with
 * edge-case argument values: every answer must be a 2xx/4xx without an internal error, a
 * stack or a Neo4j message. Longer runs: `npm run fuzz -- --count 5000 --seed 7`.
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

describe('fuzz', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ requestTimeoutMs: 10000 });
  });
  afterAll(() => api.close());

  it(`answers ${COUNT} random queries (seed ${SEED}) without a 5xx, internal error or leak`, async () => {
    const introspection = await api.post<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.data!);
    const report = await fuzz(schema, (body) => api.raw(body), COUNT, SEED);
    process.stdout.write(
      `fuzz: ${COUNT} queries, statuses ${JSON.stringify(report.statuses)}, codes ${JSON.stringify(report.codes)}\n`,
    );
    expect(report.failures).toEqual([]);
    // The run reached resolvers, not only the validator: some answers carry data.
    expect(report.statuses[200]).toBeGreaterThan(COUNT / 10);
  });
});
