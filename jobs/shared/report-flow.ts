/**
 * The session report as a BullMQ flow: one child job per part (attendance, role mix, scores, free text,
 * facilitator, director) computed in parallel, then the parent renders the PDF and keeps it in `reports`.
 * A failing child retries on its own (its siblings' results stay stored on the parent); a second request for
 * the same session while one is running is absorbed (one parent id per session, see requestSessionReport).
 */
import { FlowProducer, type Job } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { loadEnrolled, loadSession, loadSheetLines } from '../../collections/attendance/services/session-records'
import { relationId } from '../../collections/shared/relation-ids'
import { federationOf } from '../../src/documents/federation-of'
import { loadOrganisation } from '../../src/documents/provider'
import { storeFileDocument } from '../../src/documents/store'
import { listenForErrors } from '../../src/lib/error-listener'
import { createLogger } from '../../src/lib/logger'
import { attendanceSummary } from '../../src/reports/attendance'
import { REPORT_PART_NAMES, type ReportContent, type ReportPartName, type ReportParts } from '../../src/reports/content'
import { renderSessionReport } from '../../src/reports/render'
import { freeTexts, offerCounts, scoreSummary, type ScaleAnswer } from '../../src/reports/scores'
import { QUEUE_NAMES, type Queues } from '../plumbing/queues'
import { roleMixForSession } from './session-facts'

const log = createLogger('report')

export interface ReportRequest {
  sessionId?: string
  fileId?: string
  trigger: 'cold_survey_closed' | 'on_demand'
  requestedBy?: string
}

export interface PartJobData {
  sessionId: string
  part: ReportPartName
}

export interface RenderJobData {
  sessionId: string
  fileId?: string
  trigger: ReportRequest['trigger']
  requestedBy?: string
}

/** Parts are cheap reads: retry quickly a few times (a locked SQLite file, a Redis blip). */
const PART_OPTS = { attempts: 5, backoff: { type: 'exponential' as const, delay: 300 }, removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } }

interface Response {
  kind: string
  answers?: ScaleAnswer[] | null
  secondTrainingInterest?: string | null
  structure?: unknown
  updatedAt: string
}

async function responses(payload: Payload, sessionId: string, kinds: string[]): Promise<Response[]> {
  const { docs } = await payload.find({
    collection: 'survey-responses',
    where: { and: [{ session: { equals: sessionId } }, { kind: { in: kinds } }] },
    depth: 0,
    pagination: false,
    sort: 'submittedAt',
    overrideAccess: true,
  })
  return docs as Response[]
}

const answersOf = (r: Response) => ({ kind: r.kind, answers: r.answers ?? [] })

/**
 * How each part is computed. A record rather than a switch so a test can make one part fail once (the flow
 * must then retry that child alone).
 */
export const REPORT_PARTS: { [P in ReportPartName]: (payload: Payload, sessionId: string) => Promise<ReportParts[P]> } = {
  attendance: async (payload, sessionId) => {
    const [session, people, lines] = await Promise.all([
      loadSession(payload, sessionId),
      loadEnrolled(payload, sessionId),
      loadSheetLines(payload, sessionId),
    ])
    const { docs: enrolments } = await payload.find({ collection: 'enrolments', where: { session: { equals: sessionId } }, depth: 0, pagination: false, overrideAccess: true })
    const hours = new Map(enrolments.map((e) => [String(e.id), e.hoursAttended ?? 0]))
    return attendanceSummary(
      session?.slots ?? [],
      people.map((p) => ({
        name: p.name,
        status: p.status,
        hoursAttended: hours.get(p.enrolmentId) ?? 0,
        signedSlots: lines.filter((l) => l.enrolmentId === p.enrolmentId && l.status === 'signed').map((l) => l.slotIndex),
      })),
    )
  },
  roles: (payload, sessionId) => roleMixForSession(payload, sessionId),
  scores: async (payload, sessionId) => ({
    hot: scoreSummary((await responses(payload, sessionId, ['hot'])).map(answersOf)),
    cold: scoreSummary((await responses(payload, sessionId, ['cold'])).map(answersOf)),
  }),
  freeText: async (payload, sessionId) => freeTexts((await responses(payload, sessionId, ['hot', 'cold'])).map(answersOf)),
  facilitator: async (payload, sessionId) => {
    const rs = await responses(payload, sessionId, ['facilitator'])
    return { respondents: rs.length, scores: scoreSummary(rs.map(answersOf)), comments: freeTexts(rs.map(answersOf)).map((t) => t.text) }
  },
  director: async (payload, sessionId) => {
    const rs = [...(await responses(payload, sessionId, ['director'])), ...(await responses(payload, sessionId, ['cold']))]
    const answered = rs.filter((r) => r.secondTrainingInterest)
    return {
      offer: offerCounts(answered.map((r) => r.secondTrainingInterest)),
      answers: answered.map((r) => ({ structure: relationId(r.structure), answer: String(r.secondTrainingInterest) })),
      comments: freeTexts(rs.filter((r) => r.kind === 'director').map(answersOf)).map((t) => t.text),
    }
  },
}

/** The latest change among what the report reads: the report says which state of the data it shows. */
async function inputsAsOf(payload: Payload, sessionId: string): Promise<Date> {
  let latest = 0
  for (const collection of ['enrolments', 'attendance', 'survey-responses'] as const) {
    const { docs } = await payload.find({ collection, where: { session: { equals: sessionId } }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })
    const at = docs[0] ? new Date(docs[0].updatedAt).getTime() : 0
    latest = Math.max(latest, at)
  }
  return new Date(latest || Date.now())
}

async function sessionOfFile(payload: Payload, fileId: string): Promise<string> {
  const file = await payload.findByID({ collection: 'funding-files', id: fileId, depth: 0, overrideAccess: true })
  const sessionId = relationId(file.session)
  if (!sessionId) throw new Error(`Funding file ${fileId} has no session: no report to build`)
  return sessionId
}

const producers = new WeakMap<Queues, FlowProducer>()
/** One FlowProducer per runtime, on the reports queue's own (producer) connection and prefix. */
function flowProducer(queues: Queues): FlowProducer {
  let producer = producers.get(queues)
  if (!producer) {
    const { connection, prefix } = queues.reports.opts
    producer = listenForErrors(new FlowProducer({ connection, prefix }), 'flow producer reports')
    producers.set(queues, producer)
  }
  return producer
}

/** The parent job of a session's report: one id per session, so a running report is found and not started twice. */
export const reportJobId = (sessionId: string) => `report-${sessionId}`

const RUNNING = new Set(['waiting', 'waiting-children', 'active', 'delayed', 'prioritized'])

/**
 * Adds the report flow of a session, unless that session's report is already being built: then the running
 * job's id is returned (deduplicated: nothing new is added). BullMQ refuses `deduplication` on a flow node that
 * has children, so the parent carries a deterministic id instead, and a short Redis lock (SET NX) makes the
 * check-then-add atomic between two simultaneous requests. A finished parent is removed before the new one.
 */
export async function requestSessionReport(
  payload: Payload,
  queues: Queues,
  request: ReportRequest,
): Promise<{ jobId: string; sessionId: string; deduplicated: boolean }> {
  const sessionId = request.sessionId ?? (request.fileId ? await sessionOfFile(payload, request.fileId) : undefined)
  if (!sessionId) throw new Error('A report request names a session or a funding file')
  const jobId = reportJobId(sessionId)
  // The queues are made on an ioredis connection of ours (jobs/queues.ts createQueues): use it for the lock.
  const client = queues.reports.opts.connection as Redis
  const lock = `${queues.reports.opts.prefix ?? 'bull'}:${QUEUE_NAMES.reports}:lock:${jobId}`
  for (let attempt = 0; !(await client.set(lock, '1', 'PX', 10_000, 'NX')); attempt++) {
    // Another request is adding this very flow right now: it is the one that counts.
    if (attempt >= 50) return { jobId, sessionId, deduplicated: true }
    await new Promise((r) => setTimeout(r, 20))
  }
  try {
    const existing = await queues.reports.getJob(jobId)
    if (existing) {
      if (RUNNING.has(await existing.getState())) return { jobId, sessionId, deduplicated: true }
      await existing.remove()
    }
    const data: RenderJobData = { sessionId, fileId: request.fileId, trigger: request.trigger, requestedBy: request.requestedBy }
    await flowProducer(queues).add({
      name: 'render',
      queueName: QUEUE_NAMES.reports,
      data,
      opts: { jobId, attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
      children: REPORT_PART_NAMES.map((part) => ({
        name: part,
        queueName: QUEUE_NAMES.reports,
        data: { sessionId, part } satisfies PartJobData,
        opts: PART_OPTS,
      })),
    })
    return { jobId, sessionId, deduplicated: false }
  } finally {
    await client.del(lock)
  }
}

/** Renders the report from its parts and keeps it: `reports` record (figures, PDF, inputs' date) and the file's documents. */
export async function storeSessionReport(
  payload: Payload,
  args: { sessionId: string; fileId?: string; trigger: ReportRequest['trigger']; parts: ReportParts; generatedAt?: Date },
): Promise<{ reportId: string }> {
  const { sessionId, fileId, trigger, parts } = args
  const session = await loadSession(payload, sessionId)
  const { docs: structures } = await payload.find({ collection: 'structures', where: { id: { in: session?.structureIds ?? [] } }, depth: 0, pagination: false, overrideAccess: true })
  const asOf = await inputsAsOf(payload, sessionId)
  const content: ReportContent = {
    session: {
      id: sessionId,
      title: session?.title ?? sessionId,
      venue: session?.venueName,
      start: session?.slots[0]?.start.toISOString(),
      end: session?.slots.at(-1)?.end.toISOString(),
      structures: Object.fromEntries(structures.map((s) => [String(s.id), s.name])),
    },
    inputsAsOf: asOf.toISOString(),
    generatedAt: (args.generatedAt ?? new Date()).toISOString(),
    parts,
  }
  // The PDF's Author: the training organisation of the session's federation (its own legal name, else the platform's).
  const federationId = await federationOf(payload, [{ collection: 'sessions', id: sessionId }, { collection: 'funding-files', id: fileId }])
  const pdf = await renderSessionReport(content, (await loadOrganisation(payload, undefined, federationId)).name)
  const media = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: `Bilan de session · ${content.session.title}`, audience: 'internal' },
    file: { data: pdf, mimetype: 'application/pdf', name: `bilan-session-${sessionId}-${Date.now()}.pdf`, size: pdf.length },
  })
  const report = await payload.create({
    collection: 'reports',
    overrideAccess: true,
    data: {
      title: `Bilan · ${content.session.title}`,
      kind: 'session',
      session: sessionId,
      file: fileId,
      structures: session?.structureIds ?? [],
      trigger,
      generatedAt: content.generatedAt,
      inputsAsOf: content.inputsAsOf,
      content: content as never,
      pdf: media.id,
    } as never,
  })
  if (fileId) {
    const file = await payload.findByID({ collection: 'funding-files', id: fileId, depth: 0, overrideAccess: true })
    await storeFileDocument(payload, { fileId, type: 'report', pdf, reference: file.reference ?? fileId })
  }
  log.info('session report stored', { sessionId, reportId: report.id, inputsAsOf: content.inputsAsOf })
  return { reportId: String(report.id) }
}

/** Without a queue (seed, scripts): the same parts, one after the other, then the same rendering. */
export async function buildSessionReportNow(
  payload: Payload,
  args: { sessionId: string; fileId?: string; trigger: ReportRequest['trigger']; generatedAt?: Date },
): Promise<{ reportId: string }> {
  const parts: Partial<Record<ReportPartName, unknown>> = {}
  for (const name of REPORT_PART_NAMES) parts[name] = await REPORT_PARTS[name](payload, args.sessionId)
  return storeSessionReport(payload, { ...args, parts: parts as ReportParts })
}

let webQueues: Queues | undefined
let webConnection: Redis | undefined
/**
 * From the web process (the on-demand endpoint), which runs no worker runtime: the producer queues are made once,
 * on a fail-fast connection, and reused.
 */
export async function requestReportFromWeb(payload: Payload, request: ReportRequest) {
  const [{ createQueues }, { createRedisConnection }] = await Promise.all([import('../plumbing/queues'), import('../../src/lib/redis')])
  webConnection ??= createRedisConnection('producer')
  webQueues ??= createQueues(webConnection)
  // The fail-fast connection refuses commands until connected: the first request after boot waits for it (2 s at most).
  const connection = webConnection
  if (connection.status !== 'ready') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, 2000)
      function finish() {
        clearTimeout(timer)
        connection.off('ready', finish)
        resolve()
      }
      connection.once('ready', finish)
    })
  }
  return requestSessionReport(payload, webQueues, request)
}

/** Closes the web process's report queues and their connection (shutdown, tests). */
export async function closeWebReportQueues(): Promise<void> {
  const [queues, connection] = [webQueues, webConnection]
  webQueues = undefined
  webConnection = undefined
  await Promise.all(Object.values(queues ?? {}).map((queue) => queue.close()))
  connection?.disconnect()
}
