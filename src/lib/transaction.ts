import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

/** Runs `work` in the request's transaction, starting and ending one when the caller has none. */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

type TransactionId = number | string
type Callbacks = Map<string, () => void>
type DatabaseAdapter = PayloadRequest['payload']['db']

const PENDING = Symbol.for('essaim.afterCommit')
/** Transactions that neither commit nor roll back (a bug elsewhere) must not grow the map without bound. */
const MAX_OPEN_TRANSACTIONS = 1000

function runAll(callbacks: Callbacks | undefined): void {
  for (const callback of callbacks?.values() ?? []) {
    try {
      callback()
    } catch {
      // An after-commit callback is a hint (a wake-up), never part of the write: its failure changes nothing.
    }
  }
}

/**
 * The callbacks waiting for each open transaction of this adapter. Payload has no after-commit hook (hooks run
 * before commit, and a request's transaction may be owned by Payload's own operation, by `inTransaction` or by a
 * caller further up), so the adapter's own commit and rollback are wrapped, once per adapter instance: every
 * commit, whoever makes it, runs what was registered for its transaction; a rollback drops it.
 */
function pendingOf(db: DatabaseAdapter): Map<TransactionId, Callbacks> {
  const holder = db as unknown as { [PENDING]?: Map<TransactionId, Callbacks> }
  const existing = holder[PENDING]
  if (existing) return existing
  const pending = new Map<TransactionId, Callbacks>()
  holder[PENDING] = pending
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const key = (await id) as TransactionId
    let committed = false
    try {
      await commit(key)
      committed = true
    } finally {
      const callbacks = pending.get(key)
      pending.delete(key)
      if (committed) runAll(callbacks)
    }
  }
  db.rollbackTransaction = async (id) => {
    const key = (await id) as TransactionId
    try {
      await rollback(key)
    } finally {
      pending.delete(key)
    }
  }
  return pending
}

/**
 * Runs `callback` once the request's transaction has committed (at once when the request has none: the caller's
 * write is then already committed), and never if it rolls back. Callbacks registered twice under one `key` in a
 * transaction run once. They must be quick and must not throw: the commit has already happened.
 */
export async function afterCommit(req: PayloadRequest, key: string, callback: () => void): Promise<void> {
  const id = (await req.transactionID) as TransactionId | null | undefined
  if (id === undefined || id === null) {
    runAll(new Map([[key, callback]]))
    return
  }
  const pending = pendingOf(req.payload.db)
  let callbacks = pending.get(id)
  if (!callbacks) {
    if (pending.size >= MAX_OPEN_TRANSACTIONS) pending.delete(pending.keys().next().value as TransactionId)
    callbacks = new Map()
    pending.set(id, callbacks)
  }
  callbacks.set(key, callback)
}

type Write = (req: PayloadRequest) => Promise<unknown>

interface Waiting {
  write: Write
  /** When this write stops waiting for company (Date.now() ms); see `linger`. */
  due: number
  resolve: () => void
  reject: (error: unknown) => void
}

/** At most this many writes share one transaction. */
const MAX_GROUP = 50
/** Lingering writes start a group of their own once this many wait. */
const ENOUGH_TO_START = 8
/**
 * Under load (a group committed less than BUSY_WINDOW_MS ago), every write lingers at least BUSY_LINGER_MS: writes
 * then come in streams, and waiting that long lets several share a transaction. After a quiet spell a write that
 * must not wait goes at once.
 */
const BUSY_WINDOW_MS = 100
const BUSY_LINGER_MS = 20

/**
 * Group commit. Each write transaction has a fixed cost (on SQLite: the FIFO write lock, BEGIN and COMMIT), larger
 * than the one row a bookkeeping write adds. So the writes waiting at one moment share one
 * transaction: a group is taken once its transaction has begun (past the write lock), so every write that arrived
 * while it waited joins it. A write starts a group at once when nothing runs, unless it may `linger`: a write that
 * nobody waits for in a hurry (the relay's `published` mark, a sent mail's mark) waits up to that many ms for a
 * group started by another write, and only then starts its own; under load every write lingers a little (see
 * BUSY_LINGER_MS). Each caller resolves once its own write has
 * committed. When one write of a group fails (a unique key, say), the group is rolled back and each of its writes
 * runs again alone: only that one fails.
 */
class GroupCommit {
  private waiting: Waiting[] = []
  private draining = false
  private timer: NodeJS.Timeout | undefined
  private timerDue = Infinity
  private lastCommitAt = -Infinity

  constructor(private readonly payload: Payload) {}

  write(write: Write, lingerMs = 0): Promise<void> {
    const now = Date.now()
    const linger = Math.max(lingerMs, now - this.lastCommitAt < BUSY_WINDOW_MS ? BUSY_LINGER_MS : 0)
    return new Promise((resolve, reject) => {
      this.waiting.push({ write, due: now + linger, resolve, reject })
      if (!this.draining) this.startOrWait()
    })
  }

  /** Starts a group now when a write is due (or enough wait), else arms the timer for the first one due. */
  private startOrWait(): void {
    const now = Date.now()
    const firstDue = Math.min(...this.waiting.map((w) => w.due))
    if (firstDue <= now || this.waiting.length >= ENOUGH_TO_START) {
      this.clearTimer()
      void this.drain()
      return
    }
    if (this.timer && this.timerDue <= firstDue) return
    this.clearTimer()
    this.timerDue = firstDue
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.timerDue = Infinity
      if (!this.draining && this.waiting.length > 0) void this.drain()
    }, firstDue - now)
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    this.timerDue = Infinity
  }

  private async drain(): Promise<void> {
    this.draining = true
    try {
      do {
        let group: Waiting[] | undefined
        try {
          await this.transaction(async (req) => {
            group = this.waiting.splice(0, MAX_GROUP)
            for (const w of group) await w.write(req)
          })
          this.lastCommitAt = Date.now()
          for (const w of group ?? []) w.resolve()
        } catch (error) {
          if (!group) {
            // The transaction could not even begin: the writes waiting now fail with it (their callers retry).
            for (const w of this.waiting.splice(0, MAX_GROUP)) w.reject(error)
          } else if (group.length === 1) {
            group[0].reject(error)
          } else {
            for (const w of group) await this.transaction(w.write).then(w.resolve, w.reject)
          }
        }
        // What arrived meanwhile goes next, unless it may still linger.
      } while (this.waiting.length > 0 && (this.waiting.length >= ENOUGH_TO_START || this.waiting.some((w) => w.due <= Date.now())))
    } finally {
      this.draining = false
    }
    if (this.waiting.length > 0) this.startOrWait()
  }

  private async transaction(work: (req: PayloadRequest) => Promise<unknown>): Promise<void> {
    const req = await createLocalReq({}, this.payload)
    await inTransaction(req, () => work(req))
  }
}

const groups = new WeakMap<object, GroupCommit>()

/**
 * Runs a bookkeeping write in the caller's transaction when `req` has one (it then commits or rolls back with the
 * caller's change), otherwise in a transaction shared with the other bookkeeping writes of the moment (GroupCommit),
 * waiting up to `lingerMs` for company.
 */
export async function bookkeeping(payload: Payload, req: PayloadRequest | undefined, write: Write, lingerMs = 0): Promise<void> {
  if (req?.transactionID) {
    await write(req)
    return
  }
  let group = groups.get(payload.db)
  if (!group) {
    group = new GroupCommit(payload)
    groups.set(payload.db, group)
  }
  await group.write(write, lingerMs)
}

/**
 * Writes a bookkeeping row (outbox event, audit entry, delivery log) straight through the database adapter: no
 * hooks, no validation, no read-back, which a Payload `create` would add to every move. Only for collections
 * without hooks, whose rows the caller builds whole. In `req`'s transaction when it has one (see bookkeeping).
 */
export async function insertRecord(payload: Payload, collection: CollectionSlug, data: Record<string, unknown>, req?: PayloadRequest): Promise<void> {
  const now = new Date().toISOString()
  await bookkeeping(payload, req, (tx) => payload.db.create({ collection, data: { createdAt: now, updatedAt: now, ...data }, req: tx, returning: false }))
}

/** The same for a change to existing bookkeeping rows, each given by its id; `lingerMs` as in bookkeeping. */
export async function updateRecords(
  payload: Payload,
  collection: CollectionSlug,
  ids: readonly (number | string)[],
  data: Record<string, unknown>,
  options: { req?: PayloadRequest; lingerMs?: number } = {},
): Promise<void> {
  const stamped = { ...data, updatedAt: new Date().toISOString() }
  await bookkeeping(
    payload,
    options.req,
    async (tx) => {
      for (const id of ids) await payload.db.updateOne({ collection, id, data: stamped, req: tx, returning: false })
    },
    options.lingerMs,
  )
}
