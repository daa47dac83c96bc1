import { timingSafeEqual } from 'node:crypto'
import { Counter, Registry, collectDefaultMetrics } from 'prom-client'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import type { Redis } from 'ioredis'
import { createQueues, type Queues } from '../../jobs/plumbing/queues'
import { hasRole } from '../access/roles'
import { env } from '../lib/env'
import { createRedisConnection } from '../lib/redis'
import { JOB_DURATION_BUCKETS_S, metricsKey } from './metrics-store'

type Labels = Record<string, string>

/** The web process's own registry: its process figures and the HTTP requests it answered. */
const holder = globalThis as typeof globalThis & { __essaimMetrics?: { registry: Registry; http: Counter; redis?: Redis; queues?: Queues } }
function web() {
  if (!holder.__essaimMetrics) {
    const registry = new Registry()
    registry.setDefaultLabels({ process: 'web' })
    collectDefaultMetrics({ register: registry })
    const http = new Counter({ name: 'essaim_http_requests_total', help: 'API requests answered, by route and status', labelNames: ['method', 'route', 'status'], registers: [registry] })
    holder.__essaimMetrics = { registry, http }
  }
  return holder.__essaimMetrics
}

/** Ids in a path become `:id`, so a route is one series whatever document it names. */
export function routeOf(pathname: string): string {
  return pathname
    .split('/')
    .map((part) => (/^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(part) || /^[0-9a-f]{24}$/i.test(part) || /^\d+$/.test(part) ? ':id' : part))
    .join('/')
}

export function recordHttp(method: string, url: string, status: number): void {
  web().http.inc({ method, route: routeOf(new URL(url).pathname), status: String(status) })
}

/** Exposition text: one family with its HELP and TYPE lines, then its samples. */
class Exposition {
  private lines: string[] = []
  family(name: string, type: 'gauge' | 'counter' | 'histogram', help: string, samples: [Labels, number, string?][]): void {
    this.lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`)
    for (const [labels, value, suffix = ''] of samples) {
      const text = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`).join(',')
      this.lines.push(`${name}${suffix}${text ? `{${text}}` : ''} ${value}`)
    }
  }
  toString(): string {
    return this.lines.join('\n') + '\n'
  }
}

async function queueFamilies(out: Exposition, queues: Queues): Promise<void> {
  const states = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const
  const counts: [Labels, number][] = []
  const oldest: [Labels, number][] = []
  for (const queue of Object.values(queues)) {
    const byState = await queue.getJobCounts(...states)
    for (const state of states) counts.push([{ queue: queue.name, state }, byState[state] ?? 0])
    const [first] = await queue.getJobs(['wait'], 0, 0, true)
    oldest.push([{ queue: queue.name }, first ? Math.max(0, (Date.now() - first.timestamp) / 1000) : 0])
  }
  out.family('essaim_queue_jobs', 'gauge', 'Jobs per queue and state', counts)
  out.family('essaim_queue_oldest_waiting_age_seconds', 'gauge', 'Age of the oldest job waiting to start (0 when none)', oldest)
}

async function outboxFamilies(out: Exposition, payload: Payload): Promise<void> {
  const oldest = await payload.find({ collection: 'outbox-events', where: { status: { equals: 'pending' } }, sort: 'occurredAt', limit: 1, depth: 0, overrideAccess: true })
  const first = oldest.docs[0]
  out.family('essaim_outbox_pending', 'gauge', 'Committed events not yet handed to the queues', [[{}, oldest.totalDocs]])
  out.family('essaim_outbox_lag_seconds', 'gauge', 'Age of the oldest pending outbox event (0 when none)', [[{}, first ? (Date.now() - new Date(first.occurredAt).getTime()) / 1000 : 0]])
}

/** What the workers added up in Redis: job durations, outcomes, mails by kind, and each worker's process figures. */
async function workerFamilies(out: Exposition, queues: Queues, connection: Redis, prefix: string): Promise<void> {
  const hash = await connection.hgetall(metricsKey(prefix))
  const pick = (kind: string) =>
    Object.entries(hash)
      .filter(([field]) => field.startsWith(`${kind}|`))
      .map(([field, value]) => [field.split('|').slice(1), Number(value)] as const)
  const buckets: [Labels, number, string][] = []
  for (const queue of Object.values(queues).map((q) => q.name)) {
    for (const le of JOB_DURATION_BUCKETS_S) buckets.push([{ queue, le: String(le) }, Number(hash[`job_bucket|${queue}|${le}`] ?? 0), '_bucket'])
    const count = Number(hash[`job_count|${queue}`] ?? 0)
    buckets.push([{ queue, le: '+Inf' }, count, '_bucket'], [{ queue }, Number(hash[`job_sum|${queue}`] ?? 0), '_sum'], [{ queue }, count, '_count'])
  }
  out.family('essaim_job_duration_seconds', 'histogram', 'Time from a job starting to its end, per queue (all workers)', buckets)
  out.family('essaim_jobs_finished_total', 'counter', 'Jobs finished per queue and outcome (a retried job counts each attempt)', [
    ...pick('job_completed').map(([[queue], v]) => [{ queue, outcome: 'completed' }, v] as [Labels, number]),
    ...pick('job_failed').map(([[queue], v]) => [{ queue, outcome: 'failed' }, v] as [Labels, number]),
  ])
  out.family('essaim_mails_total', 'counter', 'Mails sent, and mails given up on after their last attempt, by kind', [
    ...pick('mail_sent').map(([[kind], v]) => [{ kind, outcome: 'sent' }, v] as [Labels, number]),
    ...pick('mail_failed').map(([[kind], v]) => [{ kind, outcome: 'failed' }, v] as [Labels, number]),
  ])
  const workers: [string, Record<string, string>][] = []
  for await (const keys of connection.scanStream({ match: `${prefix}:ops:process:*`, count: 100 }) as AsyncIterable<string[]>) {
    for (const key of keys) workers.push([key.slice(`${prefix}:ops:process:`.length), await connection.hgetall(key)])
  }
  for (const figure of ['resident_memory_bytes', 'heap_used_bytes', 'cpu_seconds_total', 'event_loop_delay_max_seconds', 'event_loop_delay_p99_seconds', 'start_time_seconds']) {
    out.family(`essaim_worker_${figure}`, figure.endsWith('_total') ? 'counter' : 'gauge', `Worker process ${figure.replace(/_/g, ' ')} (per worker, last 15 s report)`, workers.map(([worker, figures]) => [{ worker }, Number(figures[figure] ?? 0)]))
  }
}

export async function metricsText(payload: Payload): Promise<string> {
  const state = web()
  const { queuePrefix } = env()
  state.redis ??= createRedisConnection('producer')
  state.queues ??= createQueues(state.redis, queuePrefix)
  await state.queues.events.waitUntilReady()
  const out = new Exposition()
  await Promise.all([queueFamilies(out, state.queues), outboxFamilies(out, payload)])
  await workerFamilies(out, state.queues, state.redis, queuePrefix)
  return asExposition(await state.registry.metrics()).trimEnd() + '\n' + out.toString()
}

/**
 * prom-client writes a sample that is not a number as « Nan » (the event-loop lag's mean before its first
 * measurement, say); the exposition format spells it « NaN », and a strict scraper refuses anything else.
 */
export const asExposition = (text: string): string => text.replace(/ Nan$/gm, ' NaN')

function tokenMatches(req: PayloadRequest): boolean {
  const expected = env().metricsToken
  const given = req.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? ''
  if (!expected || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

/** GET /api/metrics: Prometheus text, for an admin session or `Authorization: Bearer $METRICS_TOKEN`. */
export const metricsEndpoint: Endpoint = {
  path: '/metrics',
  method: 'get',
  handler: async (req) => {
    if (!tokenMatches(req) && !hasRole(req, 'admin')) {
      return Response.json({ message: 'Réservé aux administrateurs ou au jeton METRICS_TOKEN / admins or the METRICS_TOKEN bearer only' }, { status: 403 })
    }
    return new Response(await metricsText(req.payload), { headers: { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' } })
  },
}
