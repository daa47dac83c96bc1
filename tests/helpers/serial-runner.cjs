// The runner of the browser journeys: jest's own, one file after the other. The journeys share one app (one
// database, one mail catcher), so they cannot run side by side, while the unit/integration files (each on its own
// SQLite file, queue prefix and ports) run in parallel workers. Jest runs the projects' runners one after the other.
// CommonJS on purpose: jest loads runners itself, outside the transform of the test files.
const TestRunner = require('jest-runner').default

class SerialRunner extends TestRunner {
  isSerial = true
}

module.exports = SerialRunner
