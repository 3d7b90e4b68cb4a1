/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // isolatedModules: type checking is done once by `npm run typecheck`, not per test file.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  testTimeout: 30000,
  maxWorkers: 2,
  // Each test file leaves its modules in the worker; a worker grown past this is replaced between
  // files, so a long run never ends in "Jest worker ran out of memory".
  workerIdleMemoryLimit: '1500MB',
};
