import { isolateObjectProperty, type DatabaseAdapterObj, type PayloadRequest } from 'payload'

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
 * The adapter as its `beginTransaction` sees it, except that a busy failure is logged at debug level: Payload logs
 * every failed BEGIN as an error with its stack, and a busy one is expected here (the other process holds the
 * write lock) and retried below. The last failure, if the wait runs out, is logged as an error by the retry loop.
 */
function quietBusyLogs<T extends { payload: { logger: object } }>(instance: T): T {
  const quiet = (logger: object) =>
    new Proxy(logger, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver)
        if (prop !== 'error' || typeof value !== 'function') return value
        return (entry: unknown, ...rest: unknown[]) => {
          const err = (entry as { err?: unknown } | undefined)?.err
          if (BUSY.test(String((err as Error | undefined)?.message))) return (target as { debug: (...a: unknown[]) => void }).debug(entry, ...rest)
          return (value as (...a: unknown[]) => void).call(target, entry, ...rest)
        }
      },
    })
  const payload = new Proxy(instance.payload, {
    get: (target, prop, receiver) => (prop === 'logger' ? quiet(target.logger) : Reflect.get(target, prop, receiver)),
  })
  return new Proxy(instance, { get: (target, prop, receiver) => (prop === 'payload' ? payload : Reflect.get(target, prop, receiver)) })
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
      const begin = instance.beginTransaction.bind(quietBusyLogs(instance))
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
            const busy = BUSY.test(String((error as Error)?.message))
            if (!busy || Date.now() > deadline) {
              release()
              if (busy) instance.payload.logger.error({ err: error, msg: `SQLite write lock still busy after ${maxWaitMs} ms` })
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
      writesInOwnTransaction(instance)
      return instance
    },
  }
}

/** The adapter's methods that write; each takes `{ req }` and runs on `req`'s transaction when it has one. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Write = (args: { req?: Partial<PayloadRequest> }) => Promise<unknown>

/**
 * Payload writes some rows outside any transaction on purpose (failed-login counters, the forgot-password
 * reservation: they must stick even when the request fails). On libsql such a write runs on a fresh connection
 * whose busy_timeout is 0: it failed at once with "database is locked" whenever a transaction of this process or
 * the other one (web or worker) held the write lock. Each one now runs in a short transaction of its own, so it
 * takes its turn in the FIFO lock and waits for the other process like every other write.
 */
function writesInOwnTransaction(instance: ReturnType<DatabaseAdapterObj['init']>): void {
  const methods = instance as unknown as Record<(typeof WRITES)[number], Write | undefined>
  for (const name of WRITES) {
    const original = methods[name]?.bind(instance)
    if (!original) continue
    methods[name] = async (args) => {
      if (args?.req?.transactionID) return original(args)
      const id = await instance.beginTransaction()
      if (id === null) return original(args)
      const req = isolateObjectProperty((args.req ?? {}) as PayloadRequest, 'transactionID')
      req.transactionID = id
      try {
        const result = await original({ ...args, req })
        await instance.commitTransaction(id)
        return result
      } catch (error) {
        await instance.rollbackTransaction(id)
        throw error
      }
    }
  }
}
