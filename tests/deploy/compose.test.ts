import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';

// Debian's docker-compose parses and validates the file without a Docker engine.
describe('docker-compose.yml', () => {
  const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], {
    encoding: 'utf8',
  });

  it('is valid for docker-compose', () => {
    if (result.error) {
      throw new Error(
        'docker-compose is not installed; install it with `apt-get install docker-compose` (it validates the file without a Docker engine).',
      );
    }
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it('runs Neo4j 5.26 Community with a healthcheck and points the API at it', () => {
    const config = parse(result.stdout ?? '');
    expect(config.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(config.services.neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(config.services.api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(config.services.api.depends_on.neo4j.condition).toBe('service_healthy');
  });
});
