import { logger } from '../../src/logger';
import { startApi, type TestApi } from '../api/support/api';

describe('the request log', () => {
  let api: TestApi;
  let info: jest.SpyInstance;

  beforeAll(async () => {
    api = await startApi();
  });
  beforeEach(() => {
    info = jest.spyOn(logger, 'info').mockImplementation(() => undefined);
  });
  afterEach(() => info.mockRestore());
  afterAll(async () => {
    await api?.close();
  });

  const lines = () =>
    info.mock.calls
      .filter(([, msg]) => msg === 'graphql request')
      .map(([fields]) => fields as Record<string, unknown>);

  it('writes one line per request with operation, duration, statements sent and status', async () => {
    const statements: string[] = [];
    const stop = api.db.observe((cypher) => statements.push(cypher));
    try {
      const answer = await api.post('query Documents { documents { id } }');
      expect(answer.status).toBe(200);
    } finally {
      stop();
    }
    expect(lines()).toEqual([
      {
        operation: 'Documents',
        durationMs: expect.any(Number),
        statements: statements.length,
        status: 200,
      },
    ]);
    expect(statements.length).toBeGreaterThan(0);
  });

  it('names the error codes of a refused request, which sent no statement', async () => {
    const answer = await api.post('{ documents { noSuchField } }');
    expect(answer.status).toBe(400);
    expect(lines()).toEqual([
      {
        operation: null,
        durationMs: expect.any(Number),
        statements: 0,
        status: 400,
        errors: ['GRAPHQL_VALIDATION_FAILED'],
      },
    ]);
  });
});
