/**
 * The reliability suite (npm run test:reliability): soak, faults, two processes and a fuzz of
 * every endpoint. API processes run from source as children; the database is DATABASE_URL's or
 * the embedded one started in globalSetup. It asserts behaviour, never timings, and is bounded:
 * RELIABILITY_SOAK_SECONDS (default 45) sets the soak's length.
 */
module.exports = {
  displayName: 'api-reliability',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/reliability'],
  testMatch: ['**/*.rel-spec.ts'],
  globalSetup: '<rootDir>/test/reliability/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 180_000,
  maxWorkers: 1,
  // fetch's keep-alive sockets to the API processes would hold Jest open after the last test.
  forceExit: true,
};
