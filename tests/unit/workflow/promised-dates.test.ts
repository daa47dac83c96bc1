/**
 * Issue 18, dates that hold: every date a timer's mail promises is the one the system enforces, and never before the
 * mail is sent. Walked over the timer table for sessions 2, 10, 29, 31 and 90 days away (the file approved today):
 * - questionnaire mails (T6 positioning, T14 hot relances, T16 director, T20a cold, T20 cold relances) say the
 *   questionnaire is open until the expiry of the personal link they carry, which is what the page enforces
 *   (src/sessions/link-purposes.ts) — not the file's filing deadline D−30, as the mail of 5 December said;
 * - the structure's filing reminders (T1) promise D−L, and only while it is still ahead.
 */
import { describe, expect, it } from '@jest/globals'
import { contextFor } from '../../../jobs/shared/mail-context'
import { renderEmail } from '../../../src/email'
import { formatDate } from '../../../src/email/format'
import { linkExpiry, type LinkPurpose } from '../../../src/sessions/link-purposes'
import { DEFAULT_WORKFLOW_CONFIG, lastDayToFile, type TimerPlan } from '../../../src/workflow'
import { PlanBuilder } from '../../../src/workflow/effects'
import { addDays } from '../../../src/workflow/dates'
import { armAfterSession, armApproval, armColdSurveyFollowUp, armDeadlineReminders } from '../../../src/workflow/timers'
import { file } from './fixtures'

const HOUR = 3_600_000
const NOW = new Date('2026-12-05T09:00:00.000Z')
const config = DEFAULT_WORKFLOW_CONFIG

/** The link each questionnaire mail carries (jobs/shared/session-facts.ts AUDIENCES). */
const PURPOSE: Record<string, LinkPurpose> = {
  'survey.positioning': 'survey-positioning',
  'survey.hot_reminder': 'survey-hot',
  'survey.director': 'survey-director',
  'survey.cold': 'survey-cold',
  'survey.cold_reminder': 'survey-cold',
}

/** The session k days away: three days, 9 h to 17 h. */
function sessionIn(days: number) {
  const start = addDays(NOW, days)
  const slots = [0, 1, 2].map((d) => ({ start: addDays(start, d), end: new Date(addDays(start, d).getTime() + 8 * HOUR) }))
  return { start, end: slots[2]!.end, slots }
}

/** Every survey mail the timers of a file approved today will send: when, and which kind. */
function surveyMails(days: number): { kind: string; at: Date }[] {
  const { start, end, slots } = sessionIn(days)
  const facts = file({ status: 'approved', sessionStart: start, sessionEnd: end, slots })
  const approval = new PlanBuilder(NOW, undefined)
  armApproval(approval, facts, config, { convocations: true, validityWatch: false })
  const delivery = new PlanBuilder(end, undefined)
  armAfterSession(delivery, facts, end, config)
  const coldAt = addDays(end, config.coldSurveyDaysAfter)
  const follow = new PlanBuilder(coldAt, undefined)
  armColdSurveyFollowUp(follow, coldAt, config)
  const plans: TimerPlan[] = [...approval.plan.schedule, ...delivery.plan.schedule, ...follow.plan.schedule]
  const mails = plans.flatMap((p) => (p.action.type === 'notify' ? [{ kind: p.action.kind as string, at: p.at }] : []))
  // T20a sends the cold survey itself.
  return [...mails, { kind: 'survey.cold', at: coldAt }].filter((m) => m.kind in PURPOSE)
}

describe.each([2, 10, 29, 31, 90])('a session %i days away', (days) => {
  const { start, end } = sessionIn(days)
  const filingDeadline = lastDayToFile(start, 'OPCO Santé', config)

  it('every questionnaire mail promises the date its page closes, never one before it is sent', () => {
    const mails = surveyMails(days)
    expect(mails.map((m) => m.kind)).toEqual(expect.arrayContaining(['survey.positioning', 'survey.hot_reminder', 'survey.cold']))
    for (const mail of mails) {
      // What the page enforces: the link issued with the mail refuses answers from its expiry on.
      const closes = linkExpiry(PURPOSE[mail.kind]!, { start, end }, mail.at, config)
      const ctx = contextFor(
        { kind: mail.kind as never, data: { deadline: filingDeadline.toISOString(), sessionStart: start.toISOString(), sessionEnd: end.toISOString(), structureName: 'CHRS Les Tilleuls', fileRef: 'FF-1' } },
        { name: 'Awa Diallo', role: 'participants', address: 'awa@example.org', link: 'https://essaim.test/p/x', linkOpenUntil: closes.toISOString() },
      )
      expect({ kind: mail.kind, deadline: ctx.deadline }).toEqual({ kind: mail.kind, deadline: closes })
      expect(closes.getTime()).toBeGreaterThan(mail.at.getTime())
      for (const lang of ['fr', 'en'] as const) {
        const { text } = renderEmail(mail.kind as never, lang, ctx)
        if (/jusqu’au|open until/.test(text)) expect(text).toContain(formatDate(lang, closes))
        if (filingDeadline < mail.at) expect(text).not.toContain(formatDate(lang, filingDeadline))
      }
    }
  })

  it('the positioning questionnaire is open until the session starts, whenever its mail goes out', () => {
    for (const mail of surveyMails(days).filter((m) => m.kind === 'survey.positioning')) {
      expect(linkExpiry('survey-positioning', { start, end }, mail.at, config)).toEqual(start)
    }
  })

  it('the filing reminders promise D−L while it is still ahead, and none is sent after it', () => {
    const created = new PlanBuilder(NOW, undefined)
    armDeadlineReminders(created, file({ status: 'draft', sessionStart: start, sessionEnd: end }), config)
    for (const plan of created.plan.schedule) {
      if (plan.action.type !== 'notify' || plan.action.kind !== 'file.deadline_reminder') continue
      expect(plan.action.data?.deadline).toBe(filingDeadline.toISOString())
      expect(plan.at.getTime()).toBeLessThan(filingDeadline.getTime())
      expect(plan.at.getTime()).toBeGreaterThanOrEqual(NOW.getTime())
    }
  })
})
