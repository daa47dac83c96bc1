// Jest runs the TypeScript sources as native ESM through swc (see ../shared/docs/setup-notes.md §3).
export default {
  testEnvironment: 'node',
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
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // One file at a time: integration files each boot Payload on their own SQLite file and share one Redis.
  maxWorkers: 1,
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
}
