import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLEnumType,
} from 'graphql';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
  ENTITY_KINDS,
  OBSERVATION_KINDS,
  PHASES,
  SEMANTIC_RELATION_TYPES,
} from '../../seed/vocabulary';
import { projectRoot } from '../../src/config';
import { printedSchema } from '../../src/printSchema';
import { buildSchema } from '../../src/server';

const schema = buildSchema();
const enumValues = (name: string) =>
  (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('the schema', () => {
  it('is committed, printed, as docs/schema.graphql (run `npm run schema:print` after a change)', () => {
    const committed = readFileSync(join(projectRoot, 'docs', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printedSchema());
  });

  it('matches the generated resolver types (run `npm run codegen` after a change)', () => {
    // codegen.yml, generating into a scratch directory instead of src/generated.
    const config = parseYaml(readFileSync(join(projectRoot, 'codegen.yml'), 'utf8'));
    const scratch = mkdtempSync(join(tmpdir(), 'codegen-'));
    try {
      const targets = Object.keys(config.generates);
      config.generates = Object.fromEntries(
        targets.map((target, i) => [join(scratch, `${i}.ts`), config.generates[target]]),
      );
      writeFileSync(join(scratch, 'codegen.yml'), stringifyYaml(config));
      execFileSync(
        join(projectRoot, 'node_modules', '.bin', 'graphql-codegen'),
        ['--config', join(scratch, 'codegen.yml')],
        {
          cwd: projectRoot,
          stdio: 'pipe',
        },
      );
      targets.forEach((target, i) => {
        const fresh = readFileSync(join(scratch, `${i}.ts`), 'utf8');
        expect({
          target,
          stale: readFileSync(join(projectRoot, target), 'utf8') !== fresh,
        }).toEqual({
          target,
          stale: false,
        });
      });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 120000);

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('speaks the seed’s vocabulary: kinds, phases, relationship and observation types', () => {
    const kinds = [...new Set(Object.values(ENTITY_KINDS).flat())].map((k) => k.toUpperCase());
    expect(enumValues('EntityKind').sort()).toEqual(kinds.sort());
    expect(enumValues('Phase')).toEqual(PHASES.map((p) => p.toUpperCase()));
    expect(enumValues('RelationType').sort()).toEqual(
      SEMANTIC_RELATION_TYPES.filter((t) => t !== 'HAS_STATUS').sort(),
    );
    expect(enumValues('ObservationKind')).toEqual(OBSERVATION_KINDS.map((k) => k.toUpperCase()));
    expect(enumValues('EntityType')).toHaveLength(Object.keys(ENTITY_KINDS).length);
  });
});
