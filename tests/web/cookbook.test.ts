import {
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { readCookbook, servedSchema } from './cookbook';

const cookbook = readCookbook();
let schema: GraphQLSchema;

beforeAll(() => {
  schema = servedSchema();
});

function operations(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
}

describe('the cookbook', () => {
  it('has about a dozen questions, numbered in order', () => {
    expect(cookbook.length).toBeGreaterThanOrEqual(12);
    cookbook.forEach((entry, index) => {
      expect(entry.file).toMatch(
        new RegExp(`^${String(index + 1).padStart(2, '0')}-[a-z0-9-]+\\.graphql$`),
      );
    });
  });

  it('gives every query its variables file', () => {
    for (const entry of cookbook)
      expect({ file: entry.file, variables: entry.variables }).toEqual({
        file: entry.file,
        variables: expect.any(Object),
      });
  });

  it.each(cookbook.map((entry) => [entry.file, entry] as const))(
    '%s opens with its question in English and in Chinese',
    (_file, entry) => {
      // Layout: a title line, the question in English, the question in Chinese, then notes.
      const lines = entry.query
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .map((line) => line.replace(/^#\s?/, ''));
      expect(entry.query.startsWith('# ')).toBe(true);
      const firstChinese = lines.findIndex(
        (line) => /\p{Script=Han}/u.test(line) && !/[A-Za-z]{3}/.test(line),
      );
      expect(firstChinese).toBeGreaterThan(1);
      expect(lines.slice(1, firstChinese).join(' ')).toMatch(/^[A-Z].*\?$/);
      expect(lines[firstChinese]).toMatch(/[?？]$/);
    },
  );

  it.each(cookbook.map((entry) => [entry.file, entry] as const))(
    '%s validates against schema/*.graphql',
    (_file, entry) => {
      const document = parse(entry.query);
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
      expect(operations(document).every((operation) => operation.name)).toBe(true);
    },
  );

  it.each(cookbook.map((entry) => [entry.file, entry] as const))(
    '%s has variables that every operation accepts',
    (_file, entry) => {
      const document = parse(entry.query);
      const declared = new Set(
        operations(document).flatMap((operation) =>
          (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value),
        ),
      );
      for (const name of Object.keys(entry.variables ?? {})) expect(declared).toContain(name);
      for (const operation of operations(document)) {
        const coerced = getVariableValues(
          schema,
          operation.variableDefinitions ?? [],
          entry.variables ?? {},
        );
        expect({
          operation: operation.name?.value,
          errors: (coerced.errors ?? []).map((error) => error.message),
        }).toEqual({
          operation: operation.name?.value,
          errors: [],
        });
      }
    },
  );

  it('names every operation once across the cookbook', () => {
    const names = cookbook.flatMap((entry) =>
      operations(parse(entry.query)).map((operation) => operation.name!.value),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});
