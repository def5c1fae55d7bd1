import { ConfigError, readConfig } from '../../src/config';

describe('readConfig', () => {
  it('uses the embedded Neo4j when NEO4J_URI is unset', () => {
    const config = readConfig({});
    expect(config.neo4j).toBeNull();
    expect(config.port).toBe(4000);
    expect(config.embedded.boltPort).toBe(7687);
  });

  it('connects to the Neo4j that NEO4J_URI names, with its credentials', () => {
    const config = readConfig({
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://example.databases.neo4j.io',
      user: 'reader',
      password: 'secret',
      database: undefined,
    });
  });

  it('explains a NEO4J_URI that is not a Neo4j address', () => {
    expect(() => readConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
      /use bolt:\/\/host:7687 or neo4j:\/\/host:7687/,
    );
  });

  it('explains a port that is not a number', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(
      'PORT=eighty is not a whole number from 0 to 65535.',
    );
  });

  it('explains a memory size it cannot read', () => {
    expect(() => readConfig({ NEO4J_HEAP: 'lots' })).toThrow(
      /NEO4J_HEAP=lots is not a memory size/,
    );
  });
});
