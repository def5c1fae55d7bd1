import { GraphQLError } from 'graphql';
import { formatError, limitExceeded } from './errors';

describe('formatError', () => {
  it('passes a GraphQLError with a code through', () => {
    const formatted = { message: 'No section', extensions: { code: 'NOT_FOUND' } };
    expect(
      formatError(formatted, new GraphQLError('No section', { extensions: { code: 'NOT_FOUND' } })),
    ).toBe(formatted);
  });

  it('masks anything else and logs it in full', () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new Error('Neo4j: MATCH (secret)');
    const formatted = formatError({ message: error.message, path: ['documents'] }, error);
    expect(formatted).toEqual({
      message: 'Internal server error: the request could not be completed. It has been logged.',
      path: ['documents'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledWith('unexpected error:', error);
    log.mockRestore();
  });

  it('keeps LIMIT_EXCEEDED on a limit rule’s error that Apollo re-labelled', () => {
    const validation = new GraphQLError('too deep', {
      originalError: limitExceeded('too deep', 12),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      formatError(
        { message: 'too deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        validation,
      ),
    ).toEqual({
      message: 'too deep',
      extensions: { code: 'LIMIT_EXCEEDED', limit: 12 },
    });
  });
});
