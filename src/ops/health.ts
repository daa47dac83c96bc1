import { connect } from 'node:net'
import type { Endpoint, Payload } from 'payload'
import { env } from '../lib/env'
import { createRedisConnection, isRedisFull, redisFullDetail } from '../lib/redis'
import { migrations } from '../migrations'
import { HEARTBEAT_STALE_MS, lastHeartbeat } from './heartbeat'

export interface Check {
  ok: boolean
  /** What was found, or what failed and why (read by an operator). */
  detail: string
}
export type ReadinessReport = Record<'database' | 'redis' | 'smtp' | 'migrations' | 'worker', Check>

const TIMEOUT_MS = 2000

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()),
  ])
}

const failed = (error: unknown): Check => ({ ok: false, detail: error instanceof Error ? error.message : String(error) })

// One fail-fast connection per web process for the checks (made on the first call, reused after).
const holder = globalThis as typeof globalThis & { __essaimHealthRedis?: ReturnType<typeof createRedisConnection> }
const redis = () => {
  // A connection closed at shutdown (closeRedisConnections) is made again if a check comes after.
  if (holder.__essaimHealthRedis?.status === 'end') holder.__essaimHealthRedis = undefined
  return (holder.__essaimHealthRedis ??= createRedisConnection('producer'))
}

/** The fail-fast connection refuses commands until connected: the first check waits for it (within the timeout). */
let connecting: Promise<unknown> | undefined
async function readyRedis() {
  const connection = redis()
  if (connection.status !== 'ready') {
    // One wait shared by every check made meanwhile (a listener each would pile up during an outage).
    connecting ??= new Promise((resolve) => connection.once('ready', resolve)).finally(() => (connecting = undefined))
    await connecting
  }
  return connection
}

function smtpAnswers(host: string, port: number): Promise<Check> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: TIMEOUT_MS })
    const done = (check: Check) => {
      socket.destroy()
      resolve(check)
    }
    // A relay that accepts the connection and greets (220) is reachable; authentication is the mail job's business.
    socket.once('data', (chunk) => done(String(chunk).startsWith('220') ? { ok: true, detail: `${host}:${port} greets` } : { ok: false, detail: `${host}:${port} answered: ${String(chunk).slice(0, 80)}` }))
    socket.once('timeout', () => done({ ok: false, detail: `${host}:${port}: no greeting within ${TIMEOUT_MS} ms` }))
    socket.once('error', (error) => done({ ok: false, detail: `${host}:${port}: ${error.message}` }))
  })
}

async function migrationsApplied(payload: Payload): Promise<Check> {
  // MongoDB needs no schema migration (essaim's migrations are the SQLite schema).
  if (env().databaseKind === 'mongodb') return { ok: true, detail: 'not applicable (MongoDB)' }
  const { docs } = await payload.find({ collection: 'payload-migrations', limit: 1000, depth: 0, overrideAccess: true, pagination: false })
  const applied = new Set(docs.map((d) => String((d as { name?: unknown }).name)))
  const missing = migrations.map((m) => m.name).filter((name) => !applied.has(name))
  // A database made by a schema push (development) has no migration rows but is complete.
  if (missing.length && docs.some((d) => (d as { batch?: number }).batch === -1)) return { ok: true, detail: 'schema pushed (development)' }
  return missing.length ? { ok: false, detail: `not applied: ${missing.join(', ')} (run: npm run migrate)` } : { ok: true, detail: `${migrations.length} applied` }
}

/**
 * Redis answers and accepts writes. PING alone is not enough: a full Redis (maxmemory reached under noeviction)
 * still answers PING but refuses every write, so nothing reaches the queues; a short-lived probe key shows it.
 */
async function redisWritable(): Promise<Check> {
  const connection = await readyRedis()
  const pong = await connection.ping()
  try {
    await connection.set(`${env().queuePrefix}:ops:ready-probe`, String(Date.now()), 'PX', 60_000)
  } catch (error) {
    if (isRedisFull(error)) return { ok: false, detail: await redisFullDetail(connection) }
    throw error
  }
  return { ok: pong === 'PONG', detail: pong === 'PONG' ? 'PONG, accepts writes' : pong }
}

async function workerFresh(): Promise<Check> {
  const last = await lastHeartbeat(await readyRedis(), env().queuePrefix)
  if (last === undefined) return { ok: false, detail: 'no worker has ever reported (is the worker process running?)' }
  const age = Date.now() - last
  return age <= HEARTBEAT_STALE_MS ? { ok: true, detail: `last heartbeat ${Math.round(age / 1000)} s ago` } : { ok: false, detail: `last heartbeat ${Math.round(age / 1000)} s ago (stale after ${HEARTBEAT_STALE_MS / 1000} s)` }
}

/** Every dependency the product needs to serve people, each checked on its own with a short timeout. */
export async function readiness(payload: Payload): Promise<ReadinessReport> {
  const settings = env()
  const check = (promise: Promise<Check>, what: string) => within(promise, what).catch(failed)
  const [database, redisCheck, smtp, migrationsCheck, worker] = await Promise.all([
    check(payload.count({ collection: 'users', overrideAccess: true }).then(() => ({ ok: true, detail: settings.databaseKind })), 'database'),
    check(redisWritable(), 'redis'),
    smtpAnswers(settings.smtp.host, settings.smtp.port),
    check(migrationsApplied(payload), 'migrations'),
    check(workerFresh(), 'worker heartbeat'),
  ])
  return { database, redis: redisCheck, smtp, migrations: migrationsCheck, worker }
}

const noStore = { 'Cache-Control': 'no-store' }

/** GET /api/health: the process answers (liveness; no dependency is touched). */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () => Response.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }, { headers: noStore }),
}

/** GET /api/health/ready: 200 when every dependency answers, 503 naming what failed (readiness, load balancers). */
export const readyEndpoint: Endpoint = {
  path: '/health/ready',
  method: 'get',
  handler: async (req) => {
    const checks = await readiness(req.payload)
    const failing = Object.entries(checks).filter(([, c]) => !c.ok).map(([name]) => name)
    return Response.json({ status: failing.length ? 'unavailable' : 'ready', failing, checks }, { status: failing.length ? 503 : 200, headers: noStore })
  },
}
