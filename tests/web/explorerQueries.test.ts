import { parse, validate } from 'graphql';
import { explorerOperations } from '../../web/explorer/queries';
import { servedSchema } from './cookbook';

describe('the explorer’s GraphQL', () => {
  const schema = servedSchema();

  it.each(Object.entries(explorerOperations))(
    '%s validates against schema/*.graphql',
    (_name, query) => {
      expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
    },
  );
});
