import type { Payload } from 'payload'
import { cutoff } from './retention-periods'
import { clearSurveyText, deleteWhere } from './scrub'

export interface RetentionReport {
  outboxEvents: number
  deliveries: number
  auditEvents: number
  expiredLinks: number
  surveyTexts: number
  gdprRequests: number
}

const before = (kind: Parameters<typeof cutoff>[0], now: Date) => ({ less_than: cutoff(kind, now).toISOString() })

/**
 * The daily pruning (jobs/definitions/retention.ts), every period from src/gdpr/retention-periods.ts: published
 * outbox events, old delivery rows and file history, expired personal links, old free-text answers, old lines of
 * the GDPR register. Pending outbox events, links still valid and every legal record (attendance, enrolments,
 * scores, documents) are never touched here: a funding file's proofs go with its T22 purge.
 */
export async function runRetention(payload: Payload, now: Date): Promise<RetentionReport> {
  return {
    outboxEvents: await deleteWhere(payload, 'outbox-events', { and: [{ status: { equals: 'published' } }, { publishedAt: before('outboxEvents', now) }] }),
    deliveries: await deleteWhere(payload, 'notifications', { createdAt: before('deliveries', now) }),
    auditEvents: await deleteWhere(payload, 'audit-events', { at: before('auditEvents', now) }),
    expiredLinks: await deleteWhere(payload, 'personal-links', { expiresAt: before('expiredLinks', now) }),
    surveyTexts: await clearSurveyText(payload, { submittedAt: before('surveyFreeText', now) }),
    gdprRequests: await deleteWhere(payload, 'personal-data-requests', { at: before('gdprRequests', now) }),
  }
}
