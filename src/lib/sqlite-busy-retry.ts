import type { Client, Config } from '@libsql/client'
import { isolateObjectProperty, type DatabaseAdapterObj, type PayloadRequest } from 'payload'
import { createOwnedClient, type SlowStatementWatch } from './sqlite-connections'

const BUSY = /SQLITE_BUSY|database is locked/i

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
    // The timer is cleared, not unref'd: a transaction waiting here is work in progress, and a short-lived process
    // (a script) whose only pending handle it was would otherwise end with exit code 13 before it ran.
    let timer: NodeJS.Timeout | undefined
    await Promise.race([previous, new Promise((r) => (timer = setTimeout(r, maxWaitMs)))])
    clearTimeout(timer)
    return release
  }
}

/**
 * Lets the event loop run once (timers, sockets, other requests) before a transaction begins. libsql answers every
 * statement synchronously, so a chain of transactions — each waiting for the previous one's release in a promise —
 * ran from one promise continuation to the next without the event loop ever turning: the soak's web process,
 * moving a batch of 500 files, answered nothing and fired no timer for up to 18 s. Each transaction now starts
 * on a fresh turn, so the longest pause is one transaction's own work.
 */
const turnOfTheLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

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
 * SQLite allows one writer at a time. This wrapper gives the adapter a libsql client whose transactions run on
 * connections the product owns, reused and closed when done (sqlite-connections.ts), serialises write
 * transactions within the process, and waits with backoff when another process (web or worker) holds the lock:
 * a transaction connection has no busy_timeout, since libsql would wait for the lock synchronously, blocking the
 * event loop. No transaction starts on the connection that serves reads any more, so a stale read snapshot there
 * cannot make a BEGIN fail (what the former retire-the-read-connection step guarded against, at the cost of one
 * more leaked connection per transaction).
 */
export function retryBusyTransactions(adapter: DatabaseAdapterObj, maxWaitMs = 10_000): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      ownTransactionConnections(instance)
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
        await turnOfTheLoop()
        const deadline = Date.now() + maxWaitMs
        for (let attempt = 0; ; attempt++) {
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

interface SqliteAdapterFields {
  client?: Client
  clientConfig?: Config
  busyTimeout?: number
  wal?: false | { journalSizeLimit: number; synchronous: string }
  connect?: (options?: unknown) => Promise<void>
}

/**
 * `connect()` creates the adapter's libsql client, and sets its pragmas, only when it has none
 * (@payloadcms/db-sqlite connect.ts): ours is put in first, with the pragmas `connect()` would have set (the same
 * options: busy_timeout, WAL, synchronous). `synchronous` is per connection: the transaction connections, where
 * the writes happen, get it too.
 */
function ownTransactionConnections(instance: ReturnType<DatabaseAdapterObj['init']>): void {
  const holder = instance as unknown as SqliteAdapterFields
  const connect = holder.connect?.bind(instance)
  const config = holder.clientConfig
  if (!connect || !config) return
  holder.connect = async (options) => {
    if (!holder.client) {
      const wal = holder.wal
      const client = createOwnedClient(config, wal ? [`PRAGMA synchronous = ${wal.synchronous}`] : [], slowStatementWatch(instance))
      if (holder.busyTimeout && holder.busyTimeout > 0) await client.execute(`PRAGMA busy_timeout = ${holder.busyTimeout};`)
      if (wal) {
        const mode = await client.execute('PRAGMA journal_mode;')
        if (mode.rows[0]?.journal_mode !== 'wal') {
          await client.execute('PRAGMA journal_mode = WAL;')
          await client.execute(`PRAGMA journal_size_limit = ${wal.journalSizeLimit};`)
        }
        await client.execute(`PRAGMA synchronous = ${wal.synchronous};`)
      }
      holder.client = client
    }
    return connect(options)
  }
}

/**
 * A statement that stops the process (libsql is synchronous) for longer than SQLITE_SLOW_STATEMENT_MS (1,000 ms by
 * default; 0 turns the watch off) is logged as a warning with its SQL: what an operator, or the soak benchmark,
 * needs to see where an event-loop pause comes from.
 */
function slowStatementWatch(instance: ReturnType<DatabaseAdapterObj['init']>): SlowStatementWatch | undefined {
  const thresholdMs = Number(process.env.SQLITE_SLOW_STATEMENT_MS ?? 1000)
  if (!Number.isFinite(thresholdMs) || thresholdMs <= 0) return undefined
  return {
    thresholdMs,
    report: ({ sql, ms, connection }) => instance.payload.logger.warn({ msg: 'SQLite statement held the event loop', ms, connection, sql }),
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
