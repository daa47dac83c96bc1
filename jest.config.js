// Jest runs the TypeScript sources as native ESM through swc (see ../shared/docs/setup-notes.md §3).
// Two projects in one run (one closing line from tests/summary-reporter.js): the unit/integration/security tests,
// and the browser journeys (tests/e2e), which share one built app started by their globalSetup.
const shared = {
  // Node's, plus the closing of what a test file left open (tests/helpers/jest-environment.cjs): jest exits by itself.
  testEnvironment: '<rootDir>/tests/helpers/jest-environment.cjs',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { '^@payload-config$': '<rootDir>/src/payload.config.ts' },
}

export default {
  projects: [
    {
      ...shared,
      displayName: 'unit-int',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
      // Each worker's own media folder (tests/helpers/worker-media-dir.cjs): files run side by side.
      setupFiles: ['<rootDir>/tests/helpers/worker-media-dir.cjs'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
      // Build (skipped with E2E_REUSE_BUILD=1 when .next-e2e has one), fresh database, mail catcher, worker, next start:
      // in the background at the lowest CPU priority while the unit/integration files run; each journey file waits.
      globalSetup: '<rootDir>/tests/e2e/harness/global-setup.ts',
      globalTeardown: '<rootDir>/tests/e2e/harness/global-teardown.ts',
      // A journey is a person's whole task in a real browser: 3 min per test unless the test sets its own.
      setupFilesAfterEnv: ['<rootDir>/tests/e2e/harness/timeouts.ts'],
      // One journey at a time, in jest's own process, after the unit/integration files (tests/helpers/serial-runner.cjs).
      runner: '<rootDir>/tests/helpers/serial-runner.cjs',
    },
  ],
  // Two files at a time (the CI machine has two cores): integration files each boot Payload on their own SQLite
  // file, queue prefix and ports, and share one Redis. Three were faster (19 min) but two runs of three met a timing
  // test failing under the load. The journeys share one app: their runner is serial (above).
  maxWorkers: 2,
  // A worker that grew past this after a file (the module registries and connections a file leaves) is replaced.
  workerIdleMemoryLimit: '3GB',
  // Jest reads testTimeout from the top level only (a project's own is ignored); the e2e project raises it.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
}
