/**
 * Two projects. `unit` (*.test.ts but not *.int.test.ts) needs no database and no
 * server: `npm run test:unit` runs it alone, in seconds. `integration` (*.int.test.ts)
 * gets a real Neo4j from tests/support/globalSetup.ts (embedded, or NEO4J_URI when set),
 * started once per run and only when an integration test is selected.
 */
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/neo4j/', '<rootDir>/.data/'],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['**/?(*.)test.ts'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '\\.int\\.test\\.ts$'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/?(*.)int.test.ts'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
  // One file at a time: Neo4j Community has one database, and the seed tests reload it.
  // (`npm run test:unit` overrides it: unit files share nothing.)
  maxWorkers: 1,
  // Global only: Jest 30 ignores testTimeout inside a project (tests and hooks get 5 s).
  testTimeout: 60000,
};
