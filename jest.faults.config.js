// The long fault scenarios (tests/faults/**/*.fault.ts, `npm run test:faults`): the unit-int project's transform
// and settings, its own file pattern, and time bounds of minutes. The short scenarios (*.test.ts) run in `npm test`.
import base from './jest.config.js'

const unitInt = base.projects.find((project) => project.displayName === 'unit-int')

export default {
  ...unitInt,
  displayName: 'faults',
  testMatch: ['<rootDir>/tests/faults/**/*.fault.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // One scenario at a time: each starts its own Redis and worker processes on a small machine.
  maxWorkers: 1,
  testTimeout: 15 * 60_000,
  reporters: base.reporters,
}
