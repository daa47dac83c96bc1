/**
 * The session report as a BullMQ flow: parts computed by children, rendered by the parent, kept in `reports`
 * with its inputs' date. A failing part retries alone; a second request while one runs is deduplicated.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { generateDocuments } from '../../jobs/shared/documents'
import { REPORT_PARTS, requestSessionReport } from '../../jobs/shared/report-flow'
import { startWorkerRuntime, type WorkerRuntime } from '../../jobs/plumbing/workers'
import type { ReportContent, ReportPartName } from '../../src/reports/content'
import { seedHistory, type HistoryReport } from '../../src/seed/history'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { bootPayload } from '../helpers/boot'
import { waitFor } from '../helpers/wait'

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let history: HistoryReport
const calls: Partial<Record<ReportPartName, number>> = {}

const reportCount = async () => (await payload.count({ collection: 'reports', where: { session: { equals: history.sessionId } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  history = await seedHistory(payload)
  // Count every part's runs; the scores part fails on its first run only.
  for (const name of Object.keys(REPORT_PARTS) as ReportPartName[]) {
    const original = REPORT_PARTS[name] as (p: Payload, s: string) => Promise<unknown>
    ;(REPORT_PARTS as Record<string, unknown>)[name] = async (p: Payload, s: string) => {
      calls[name] = (calls[name] ?? 0) + 1
      if (name === 'scores' && calls[name] === 1) throw new Error('scores: simulated failure')
      return original(p, s)
    }
  }
  runtime = await startWorkerRuntime(payload, { relayPollMs: 100 })
}, 300_000)

afterAll(async () => {
  await runtime?.close(5000)
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('session report flow', () => {
  it('computes the parts in children, retries only the failed one, and keeps one report for two requests', async () => {
    const before = await reportCount()
    const first = await requestSessionReport(payload, runtime.queues, { sessionId: history.sessionId, trigger: 'on_demand' })
    const second = await requestSessionReport(payload, runtime.queues, { sessionId: history.sessionId, trigger: 'on_demand' })
    expect(first.deduplicated).toBe(false)
    expect(second).toEqual({ ...first, deduplicated: true })
    await waitFor('the report to be stored', async () => (await reportCount()) === before + 1, 60_000, 200)
    const parent = await runtime.queues.reports.getJob(first.jobId)
    await waitFor('the parent to complete', async () => (await parent?.getState()) === 'completed', 10_000, 100)
    expect(calls.scores).toBe(2)
    for (const name of ['attendance', 'roles', 'freeText', 'facilitator', 'director'] as const) expect(calls[name]).toBe(1)
    const children = await parent!.getDependencies()
    expect(Object.keys(children.processed ?? {})).toHaveLength(6)
    // Still one report once everything settled: the duplicate request added nothing.
    await new Promise((r) => setTimeout(r, 500))
    expect(await reportCount()).toBe(before + 1)
  })

  it('stores the figures with the date of their inputs, and attaches the PDF to the file asked for', async () => {
    const { docs } = await payload.find({ collection: 'reports', where: { session: { equals: history.sessionId } }, sort: '-createdAt', limit: 1, overrideAccess: true })
    const content = docs[0].content as unknown as ReportContent
    expect(content.parts.attendance.enrolled).toBe(12)
    expect(content.parts.attendance.noShow).toBe(1)
    expect(content.parts.scores.hot.respondents).toBe(11)
    expect(content.parts.scores.hot.distribution.reduce((a, b) => a + b, 0)).toBe(44)
    expect(content.parts.director.offer).toEqual({ interested: 1, later: 1 })
    expect(content.parts.facilitator.comments[0]).toContain('Groupe très impliqué')
    expect(new Date(content.inputsAsOf).getTime()).toBeLessThanOrEqual(new Date(content.generatedAt).getTime())
    expect(docs[0].inputsAsOf).toBe(content.inputsAsOf)
    expect(docs[0].pdf).toBeTruthy()
  })

  it('the plan’s `report` (cold survey closed) generates a new report once the previous one is done', async () => {
    const before = await reportCount()
    await generateDocuments(payload, runtime.queues, history.fileIds[1], ['report'])
    const fileReports = async () =>
      ((await payload.findByID({ collection: 'funding-files', id: history.fileIds[1], depth: 0, overrideAccess: true })).documents ?? []).filter((d) => d.type === 'report')
    await waitFor('the plan’s report on the file', async () => (await fileReports()).length === 1, 60_000, 200)
    expect(await reportCount()).toBe(before + 1)
  })
})
