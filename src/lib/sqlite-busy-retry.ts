import type { DatabaseAdapterObj } from 'payload'

const BUSY = /SQLITE_BUSY|database is locked/i

interface LibsqlClientLike {
  transaction(mode: 'deferred'): Promise<{ rollback(): Promise<void>; close(): void }>
}

/**
 * libsql hands its current connection to each new transaction and opens a fresh one on next use. The connection
 * that served plain reads in between can hold a stale read snapshot, and a write transaction started on it fails
 * with SQLITE_BUSY(_SNAPSHOT) forever. Starting and rolling back an empty deferred transaction retires it, so the
 * real transaction begins on a fresh connection.
 */
async function retireReadConnection(instance: object): Promise<void> {
  const client = (instance as { client?: LibsqlClientLike }).client
  if (!client) return
  try {
    const tx = await client.transaction('deferred')
    await tx.rollback()
    tx.close()
  } catch {
    // Nothing to retire: the transaction below opens its own connection anyway.
  }
}

/** A FIFO lock: one SQLite write transaction at a time in this process, instead of busy failures and retries. */
function createLock(maxWaitMs: number) {
  let tail: Promise<void> = Promise.resolve()
  return async (): Promise<() => void> => {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => mine)
    // A transaction opened inside another one without its `req` would wait for it forever: bound the wait, and
    // let SQLite's own locking (with the retries below) decide after that.
    await Promise.race([previous, new Promise((r) => setTimeout(r, maxWaitMs).unref())])
    return release
  }
}

/**
 * SQLite allows one writer at a time, and the libsql connections that Payload's adapter opens for transactions do
 * not get its busy_timeout. This wrapper serialises write transactions within the process, starts each on a fresh
 * connection, and waits with backoff when another process (web or worker) holds the lock.
 */
export function retryBusyTransactions(adapter: DatabaseAdapterObj, maxWaitMs = 10_000): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const acquire = createLock(maxWaitMs)
      const releases = new Map<string | number, () => void>()
      const begin = instance.beginTransaction.bind(instance)
      const commit = instance.commitTransaction.bind(instance)
      const rollback = instance.rollbackTransaction.bind(instance)
      const finish = (id: unknown) => {
        const key = id as string | number
        releases.get(key)?.()
        releases.delete(key)
      }
      instance.beginTransaction = async (options) => {
        const release = await acquire()
        const deadline = Date.now() + maxWaitMs
        for (let attempt = 0; ; attempt++) {
          await retireReadConnection(instance)
          try {
            const id = await begin(options)
            if (id === null) release()
            else releases.set(id, release)
            return id
          } catch (error) {
            if (!BUSY.test(String((error as Error)?.message)) || Date.now() > deadline) {
              release()
              throw error
            }
            await new Promise((r) => setTimeout(r, Math.min(5 * 2 ** attempt, 100) * (0.5 + Math.random())))
          }
        }
      }
      instance.commitTransaction = async (id) => {
        try {
          return await commit(id)
        } finally {
          finish(id)
        }
      }
      instance.rollbackTransaction = async (id) => {
        try {
          return await rollback(id)
        } finally {
          finish(id)
        }
      }
      return instance
    },
  }
}
