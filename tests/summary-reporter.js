import { writeFileSync } from 'node:fs'

// Prints the plain closing line `N passed, N failed` (", N skipped" when any) from jest's own totals; .ci/run
// repeats it as its very last line (JEST_SUMMARY_FILE), where CI reads it.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : '')
    process.stdout.write(`\n${line}\n`)
    if (process.env.JEST_SUMMARY_FILE) writeFileSync(process.env.JEST_SUMMARY_FILE, line + '\n')
  }
}
