import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isLeafType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';
import { fanOut } from '../../src/limits';
import { buildSchema } from '../../src/server';
import { dataOf, startApi, type Json, type TestApi } from './support/api';

const isList = (type: GraphQLOutputType): boolean =>
  isNonNullType(type) ? isList(type.ofType) : isListType(type);

/** List fields of objects (not of scalars) that need no argument. */
function listFields(fields: Record<string, GraphQLField<unknown, unknown>>) {
  return Object.values(fields).filter(
    (field) =>
      isList(field.type) &&
      !isLeafType(getNamedType(field.type)) &&
      field.args.every((arg) => !isNonNullType(arg.type)),
  );
}

/**
 * The cost estimate counts a list without `first` as its field's fixed fan-out
 * (src/limits.ts). This measures every such list of every node of the 乐山 graph and
 * checks the fan-out against the lengths it holds.
 */
describe('the fan-out of lists in the cost estimate', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('is at least twice every list field’s mean length in the graph, a root list’s length', async () => {
    const schema = buildSchema();
    const rows = await api.db.read<{ id: string }>(
      'MATCH (n) WHERE n.id IS NOT NULL AND n.id CONTAINS ":" RETURN n.id AS id',
    );
    const byType = new Map<string, string[]>();
    for (const { id } of rows) {
      const type = id.slice(0, id.indexOf(':'));
      byType.set(type, [...(byType.get(type) ?? []), id]);
    }
    const lengths = new Map<string, number[]>();
    const note = (key: string, length: number) =>
      lengths.set(key, [...(lengths.get(key) ?? []), length]);
    for (const [typeName, ids] of byType) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      const fields = listFields(type.getFields());
      if (fields.length === 0) continue;
      // A Boolean argument that widens a list (includeParts, includeSubIndustries) is
      // measured both ways, the widened one as `Type.field(argument)`.
      const widened = fields.flatMap((field) =>
        field.args
          .filter((arg) => String(arg.type) === 'Boolean')
          .map((arg) => ({ key: `${field.name}(${arg.name})`, field: field.name, arg: arg.name })),
      );
      const selection = [
        ...fields.map((field) => `${field.name} { __typename }`),
        ...widened.map((w, i) => `w${i}: ${w.field}(${w.arg}: true) { __typename }`),
      ].join(' ');
      for (let start = 0; start < ids.length; start += 20) {
        const data = dataOf<Json>(
          await api.post(
            `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${typeName} { ${selection} } } }`,
            { ids: ids.slice(start, start + 20) },
          ),
        );
        for (const node of data.nodes) {
          for (const field of fields) note(`${typeName}.${field.name}`, node[field.name].length);
          widened.forEach((w, i) => note(`${typeName}.${w.key}`, node[`w${i}`].length));
        }
      }
    }
    const roots = listFields(schema.getQueryType()!.getFields());
    for (const field of roots) {
      const data = dataOf<Json>(await api.post(`{ ${field.name} { __typename } }`));
      note(`Query.${field.name}`, data[field.name].length);
    }
    const report = [...lengths].map(([key, all]) => ({
      key,
      mean: Math.round((10 * all.reduce((a, b) => a + b, 0)) / all.length) / 10,
      longest: Math.max(...all),
      fanOut: fanOut(key),
    }));
    process.stdout.write(
      `list lengths (mean/longest): ${report.map(({ key, mean, longest }) => `${key} ${mean}/${longest}`).join(', ')}\n`,
    );
    const short = report.filter(
      ({ key, mean, longest, fanOut }) =>
        2 * mean > fanOut || (key.startsWith('Query.') && longest > fanOut),
    );
    expect(short).toEqual([]);
  });
});
