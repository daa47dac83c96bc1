// The test environment of every jest project: Node's, plus the closing of what a test file opened through the
// product and did not close itself, once its last hook has run (after its own afterAll, which jest runs before
// this teardown). Without it each jest process (a worker runs file after file) would collect connections
// that keep it alive (and retry forever once the file's private Redis is stopped): jest could not exit by itself.
// CommonJS on purpose: jest loads the environment itself, outside the transform of the test files.
const { TestEnvironment } = require('jest-environment-node')

/** A close that does not answer within the bound is given up (logged): the next file must not wait on it. */
const BOUND_MS = 5000

function bounded(what, promise) {
  let timer
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(`${what}: not closed within ${BOUND_MS} ms`), BOUND_MS)
  })
  return Promise.race([Promise.resolve(promise).then(() => undefined, (error) => `${what}: ${error?.message ?? error}`), late]).finally(() => clearTimeout(timer))
}

/**
 * What the product keeps per process, on the test file's global:
 * - `__essaimWorkerRuntimes`: the close of every worker runtime not closed yet (jobs/plumbing/workers.ts);
 * - `__essaimRedisConnections`: every connection made by createRedisConnection (src/lib/redis.ts) not closed yet
 *   (readiness, metrics, queue board, outbox hand-over, report flows…);
 * - `_payload`: Payload's own cache of its instances (getPayload): their database clients and crons.
 */
async function closeLeftovers(global) {
  const problems = []
  // Worker runtimes first (jobs/plumbing/workers.ts): they hold Redis connections and Payload's database.
  const runtimes = [...(global.__essaimWorkerRuntimes ?? [])]
  for (const close of runtimes) {
    const problem = await bounded('worker runtime', close(1000))
    if (problem) problems.push(problem)
  }
  // Waits for each connection's 'end': a connection still changing state after the teardown would hit jest's
  // soft-deleted globals (a setter that calls itself: « Maximum call stack size exceeded » after the run).
  const connections = [...(global.__essaimRedisConnections ?? [])]
  global.__essaimRedisConnections?.clear()
  const ends = connections.map((connection) => {
    if (connection.status === 'end') return undefined
    // A connection waiting to reconnect (its Redis stopped by the test) has no socket left to close: no 'end' comes.
    const connected = connection.status === 'ready' || connection.status === 'connect' || connection.status === 'connecting'
    const ended = new Promise((resolve) => connection.once('end', resolve))
    connection.disconnect()
    return connected ? bounded('redis connection', ended) : undefined
  })
  problems.push(...(await Promise.all(ends)).filter(Boolean))
  for (const [key, cached] of global._payload ?? []) {
    if (!cached?.payload) continue
    const problem = await bounded(`payload ${key} destroy`, cached.payload.destroy())
    if (problem) problems.push(problem)
  }
  global._payload?.clear()
  if (problems.length) process.stderr.write(`[jest-environment] ${problems.join('; ')}\n`)
}

class EssaimTestEnvironment extends TestEnvironment {
  async teardown() {
    try {
      if (this.global) await closeLeftovers(this.global)
    } finally {
      await super.teardown()
    }
  }
}

module.exports = EssaimTestEnvironment
