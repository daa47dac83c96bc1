import type { Job } from 'bullmq'
import type { Payload } from 'payload'
import { REPORT_PART_NAMES, type ReportPartName, type ReportParts } from '../../src/reports/content'
import { REPORT_PARTS, storeSessionReport, type PartJobData, type RenderJobData } from '../shared/report-flow'

/** The session report job: parts computed as children of a flow, then one rendering that reads their values. */
async function renderAndStore(payload: Payload, job: Job<RenderJobData>): Promise<{ reportId: string }> {
  const values = await job.getChildrenValues<{ part: ReportPartName; value: unknown }>()
  const parts = Object.fromEntries(Object.values(values).map((v) => [v.part, v.value])) as unknown as ReportParts
  for (const name of REPORT_PART_NAMES) if (!(name in parts)) throw new Error(`report part ${name} is missing`)
  await job.updateProgress(50)
  const result = await storeSessionReport(payload, { ...job.data, parts })
  await job.updateProgress(100)
  return result
}

/** The `reports` queue's processor: a part (child) or the rendering (parent). */
export async function handleReportJob(payload: Payload, job: Job): Promise<unknown> {
  if (job.name === 'render') return renderAndStore(payload, job as Job<RenderJobData>)
  const { sessionId, part } = job.data as PartJobData
  const compute = REPORT_PARTS[part]
  if (!compute) throw new Error(`unknown report part ${part}`)
  return { part, value: await compute(payload, sessionId) }
}
