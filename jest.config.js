/** Unit tests (*.test.ts) need no database; integration tests (*.int.test.ts) get a real
 * Neo4j from tests/support/globalSetup.ts (embedded, or NEO4J_URI when set). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/?(*.)test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/neo4j/'],
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  testTimeout: 60000,
  // One file at a time: Neo4j Community has one database, and the seed tests reload it.
  maxWorkers: 1,
};
