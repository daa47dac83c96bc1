import { createClient, LibsqlError, type Client, type Config, type Transaction, type TransactionMode } from '@libsql/client'
import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import { expandConfig } from '@libsql/core/config'
import Database from 'libsql'

/**
 * Why this file exists. @libsql/client's `transaction()` on a `file:` database hands the client's connection to
 * the transaction and opens a new one for the next statement; the transaction's connection is never closed (its
 * `close()` only rolls back), so it lives until a full GC finalises it, with its database and WAL descriptors. A
 * long-running process thus piled up one connection per transaction (two with the old retire-before-begin step),
 * then paused for seconds when the GC closed them all at once (0.5–0.8 s per 1,000 transactions), and every new
 * connection first parsed the whole schema. Here the product owns its transaction connections: a few are kept
 * open and reused, the others closed the moment their transaction ends. The client's own connection serves the
 * reads and is never handed away, so it keeps the pragmas set on it (busy_timeout, synchronous).
 */

/** Idle transaction connections kept open; writes are serialised in this process, so two are plenty. */
const MAX_IDLE = 2

const BEGIN: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** libsql's SqliteError as the client reports it (a LibsqlError whose message starts with the code). */
function asLibsqlError(error: unknown): unknown {
  const e = error as { message?: string; code?: string; rawCode?: number }
  if (error instanceof Error && typeof e.code === 'string' && !(error instanceof LibsqlError)) return new LibsqlError(error.message, e.code, e.rawCode, error)
  return error
}

/**
 * A statement that held the JavaScript thread for `ms` (libsql runs each statement synchronously: a statement that
 * waits in SQLite's busy handler, or scans long, stops the whole process meanwhile).
 */
export interface SlowStatement {
  sql: string
  ms: number
  connection: 'reads' | 'transaction'
}

export interface SlowStatementWatch {
  thresholdMs: number
  report: (slow: SlowStatement) => void
}

type Statement = Parameters<Client['execute']>[0]
const sqlOf = (stmt: Statement | string): string => (typeof stmt === 'string' ? stmt : stmt.sql).replace(/\s+/g, ' ').slice(0, 300)

/** Runs `run` (whose synchronous part is the statement itself) and reports it when it took longer than the watch allows. */
function timed<T>(watch: SlowStatementWatch | undefined, connection: SlowStatement['connection'], sql: () => string, run: () => T): T {
  if (!watch) return run()
  const start = performance.now()
  try {
    return run()
  } finally {
    const ms = performance.now() - start
    if (ms >= watch.thresholdMs) watch.report({ sql: sql(), ms: Math.round(ms), connection })
  }
}

/** Counts for tests and diagnostics: connections opened for transactions, closed, and idle now. */
export interface ConnectionStats {
  opened: number
  closed: number
  idle: number
}

/** A transaction on a connection of the pool; it gives the connection back (or closes it) once, when it ends. */
class PooledTransaction implements Transaction {
  private readonly inner: Sqlite3Transaction
  private ended = false

  constructor(
    private readonly db: Database.Database,
    intMode: Config['intMode'],
    private readonly release: (db: Database.Database, reusable: boolean) => void,
    private readonly watch?: SlowStatementWatch,
  ) {
    this.inner = new Sqlite3Transaction(db, intMode ?? 'number')
  }

  execute(stmt: Parameters<Transaction['execute']>[0]) {
    return timed(this.watch, 'transaction', () => sqlOf(stmt), () => this.inner.execute(stmt))
  }

  batch(stmts: Parameters<Transaction['batch']>[0]) {
    return timed(this.watch, 'transaction', () => `batch of ${stmts.length}`, () => this.inner.batch(stmts))
  }

  executeMultiple(sql: string) {
    return this.inner.executeMultiple(sql)
  }

  /**
   * COMMIT through `exec`, which finalises its statement whatever happens (a prepared statement that failed stays
   * alive until GC and can keep the write lock: libsql-client-ts #352). Once committed the connection is clean and
   * goes back to the pool; when COMMIT fails the connection is closed, which rolls the transaction back.
   */
  async commit(): Promise<void> {
    if (this.ended || !this.db.inTransaction) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
    try {
      timed(this.watch, 'transaction', () => 'COMMIT', () => this.db.exec('COMMIT'))
    } catch (error) {
      this.end(false)
      throw asLibsqlError(error)
    }
    this.end(true)
  }

  /** Rolls back and closes the connection: whatever failed in it (a busy statement) leaves with it. */
  async rollback(): Promise<void> {
    this.close()
  }

  close(): void {
    if (this.ended) return
    try {
      if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK')
    } catch {
      // Closing the connection below rolls back anyway.
    } finally {
      this.end(false)
    }
  }

  get closed(): boolean {
    return this.ended || !this.db.inTransaction
  }

  private end(reusable: boolean): void {
    if (this.ended) return
    this.ended = true
    this.release(this.db, reusable)
  }
}

/**
 * A libsql client for a `file:` database whose transactions run on connections it owns (see the top of this file),
 * each opened with `connectionPragmas`; everything else is the stock client. In-memory and remote databases get
 * the stock client unchanged (a new `:memory:` connection would be another, empty database).
 */
export function createOwnedClient(
  config: Config,
  connectionPragmas: readonly string[] = [],
  watch?: SlowStatementWatch,
): Client & { connectionStats(): ConnectionStats } {
  const reads = createClient(config)
  const expanded = expandConfig(config, true)
  const inMemory = expanded.path === ':memory:' || expanded.path.includes('mode=memory')
  const stats = { opened: 0, closed: 0 }
  const idle: Database.Database[] = []
  const withStats = (client: Client) => Object.assign(client, { connectionStats: () => ({ ...stats, idle: idle.length }) })
  if (expanded.scheme !== 'file' || inMemory || expanded.syncUrl) return withStats(reads)

  // What @libsql/client passes for a file (its typings, copied from better-sqlite3, do not list encryptionKey).
  const options = { authToken: expanded.authToken, encryptionKey: expanded.encryptionKey } as Database.Options
  const open = (): Database.Database => {
    stats.opened += 1
    const db = new Database(expanded.path, options)
    for (const pragma of connectionPragmas) db.exec(pragma)
    return db
  }
  const shut = (db: Database.Database) => {
    if (!db.open) return
    stats.closed += 1
    db.close()
  }
  const release = (db: Database.Database, reusable: boolean) => {
    if (reusable && db.open && !db.inTransaction && !reads.closed && idle.length < MAX_IDLE) idle.push(db)
    else shut(db)
  }

  const client: Client = {
    execute: (stmt) => timed(watch, 'reads', () => sqlOf(stmt), () => reads.execute(stmt)),
    batch: (stmts, mode) => timed(watch, 'reads', () => `batch of ${stmts.length}`, () => reads.batch(stmts, mode)),
    migrate: (stmts) => reads.migrate(stmts),
    executeMultiple: (sql) => reads.executeMultiple(sql),
    sync: () => reads.sync(),
    /**
     * BEGIN through `exec` too: a BEGIN IMMEDIATE refused as busy (the other process writes) leaves no statement
     * behind, so the connection is reused for the retry instead of being opened again.
     */
    async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
      if (reads.closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
      const db = idle.pop() ?? open()
      try {
        timed(watch, 'transaction', () => BEGIN[mode], () => db.exec(BEGIN[mode]))
      } catch (error) {
        release(db, !db.inTransaction)
        throw asLibsqlError(error)
      }
      return new PooledTransaction(db, expanded.intMode, release, watch)
    },
    close() {
      reads.close()
      for (const db of idle.splice(0)) shut(db)
    },
    get closed() {
      return reads.closed
    },
    get protocol() {
      return reads.protocol
    },
  }
  return withStats(client)
}
