import { describe, expect, it } from '@jest/globals'
import {
  ABANDON_REASON_REQUIRED,
  ACKNOWLEDGED_AT_REQUIRED,
  ANSWERED_AT_REQUIRED,
  ANSWER_REQUIRED,
  BEFORE_DECISION,
  BEFORE_RECEIPT,
  DONE_AT_REQUIRED,
  actionDoneAtRule,
  actionOutcomeRule,
  complaintAcknowledgedAtRule,
  complaintAnsweredAtRule,
  complaintAnswerRule,
  daysBetween,
} from '../../../src/qualiopi/registers'

const RECEIVED = '2013-10-17T08:30:00.000Z'

describe('complaint register rules', () => {
  it('wants a written answer, and its date, once the complaint is answered or closed', () => {
    expect(complaintAnswerRule('received', '')).toBe(true)
    expect(complaintAnswerRule('acknowledged', null)).toBe(true)
    for (const status of ['answered', 'closed']) {
      expect(complaintAnswerRule(status, '  ')).toBe(ANSWER_REQUIRED)
      expect(complaintAnswerRule(status, 'Réponse')).toBe(true)
      expect(complaintAnsweredAtRule(status, undefined, RECEIVED)).toBe(ANSWERED_AT_REQUIRED)
    }
    expect(complaintAnsweredAtRule('answered', '2013-10-24T14:00:00.000Z', RECEIVED)).toBe(true)
    expect(complaintAnsweredAtRule('answered', '2013-10-16T14:00:00.000Z', RECEIVED)).toBe(BEFORE_RECEIPT)
  })

  it('wants the acknowledgement date from "acknowledged" on, not before the receipt', () => {
    expect(complaintAcknowledgedAtRule('received', null, RECEIVED)).toBe(true)
    for (const status of ['acknowledged', 'answered', 'closed']) expect(complaintAcknowledgedAtRule(status, '', RECEIVED)).toBe(ACKNOWLEDGED_AT_REQUIRED)
    expect(complaintAcknowledgedAtRule('acknowledged', '2013-10-18T09:00:00.000Z', RECEIVED)).toBe(true)
    expect(complaintAcknowledgedAtRule('received', '2013-10-01T09:00:00.000Z', RECEIVED)).toBe(BEFORE_RECEIPT)
  })

  it('counts the answer delay in days', () => {
    expect(daysBetween(RECEIVED, '2013-10-24T14:00:00.000Z')).toBe(7)
    expect(daysBetween(RECEIVED, null)).toBeUndefined()
  })
})

describe('improvement action rules', () => {
  it('wants an end date once done or abandoned, not before the decision, and a reason to abandon', () => {
    const decided = '2013-10-24T00:00:00.000Z'
    expect(actionDoneAtRule('planned', null, decided)).toBe(true)
    expect(actionDoneAtRule('in_progress', undefined, decided)).toBe(true)
    for (const status of ['done', 'abandoned']) expect(actionDoneAtRule(status, null, decided)).toBe(DONE_AT_REQUIRED)
    expect(actionDoneAtRule('done', '2013-11-15T00:00:00.000Z', decided)).toBe(true)
    expect(actionDoneAtRule('done', '2013-10-01T00:00:00.000Z', decided)).toBe(BEFORE_DECISION)
    expect(actionOutcomeRule('abandoned', '')).toBe(ABANDON_REASON_REQUIRED)
    expect(actionOutcomeRule('abandoned', 'Remplacée par une autre action')).toBe(true)
    expect(actionOutcomeRule('done', '')).toBe(true)
  })
})
