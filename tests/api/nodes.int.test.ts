import { ID_LABELS } from '../../seed/vocabulary';
import { startApi, type TestApi } from './support/api';

/** node(id) and the exports read the same labels, the seed's (seed/vocabulary.ts ID_LABELS). */
describe('node(id) over every label of the graph', () => {
  let api: TestApi;
  let samples: { label: string; id: string }[];
  beforeAll(async () => {
    api = await startApi();
    samples = [];
    for (const label of ID_LABELS) {
      // One node per label; the label comes from the fixed vocabulary, never from input.
      const rows = await api.db.read<{ id: string }>(
        `MATCH (n:${label}) RETURN n.id AS id ORDER BY id LIMIT 1`,
      );
      if (rows[0]) samples.push({ label, id: rows[0].id });
    }
  });
  afterAll(() => api.close());

  it('finds a node of every label the graph holds but Status by its id', async () => {
    expect(samples.map((s) => s.label).sort()).toEqual([...ID_LABELS].sort());
    for (const { label, id } of samples.filter((s) => s.label !== 'Status')) {
      const response = await api.post('query ($id: ID!) { node(id: $id) { id } }', { id });
      expect({ label, errors: response.errors, node: response.data?.node }).toEqual({
        label,
        errors: undefined,
        node: { id },
      });
    }
  });

  it('points a Status id to its project, where the status has its evidence', async () => {
    const status = samples.find((s) => s.label === 'Status')!;
    const response = await api.post('query ($id: ID!) { node(id: $id) { id } }', {
      id: status.id,
    });
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('statuses'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
    });
  });
});
