import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from '../workflow/config'
import type { SurveyKind } from './survey-kinds'

/**
 * What a personal link lets its holder do, for one session. A participant's `attendance` link signs half-days
 * (many uses, one signature per half-day); a `survey-*` link answers one questionnaire once; a facilitator's
 * `facilitator` link countersigns sheets, marks absences and answers the facilitator's questionnaire.
 */
export const LINK_PURPOSES = [
  'attendance',
  'survey-positioning',
  'survey-hot',
  'survey-cold',
  'survey-director',
  'facilitator',
] as const
export type LinkPurpose = (typeof LINK_PURPOSES)[number]

export const isLinkPurpose = (value: unknown): value is LinkPurpose =>
  typeof value === 'string' && (LINK_PURPOSES as readonly string[]).includes(value)

/** Survey links are spent by the answer: a replayed link shows "already answered" and writes nothing. */
export const isOneShot = (purpose: LinkPurpose): boolean => purpose.startsWith('survey-')

export const surveyKindOfPurpose = (purpose: LinkPurpose): SurveyKind | undefined =>
  purpose.startsWith('survey-') ? (purpose.slice('survey-'.length) as SurveyKind) : undefined

const DAY = 86_400_000
/** How long after the session a facilitator may still countersign and write their questionnaire (product default). */
export const FACILITATOR_LINK_DAYS_AFTER = 30
/** The director's questionnaire (T16 at E+7 d) stays open three weeks after it goes out (product default). */
export const DIRECTOR_SURVEY_OPEN_DAYS = 21

export interface SessionSpan {
  /** D: first slot start. */
  start: Date
  /** E: last slot end. */
  end: Date
}

/**
 * When a link stops working: the close of what it is for (domain §5 timers). Attendance closes a day after E;
 * the positioning questionnaire at D; hot at E+10 d; cold at E+60 d+21 d; the director's at E+7 d+21 d.
 * A link issued after that date (a late reminder) still lives at least `minimumDays`, so nobody gets a dead link.
 */
export function linkExpiry(
  purpose: LinkPurpose,
  span: SessionSpan,
  issuedAt: Date,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
  minimumDays = 2,
): Date {
  const e = span.end.getTime()
  const close: Record<LinkPurpose, number> = {
    attendance: e + DAY,
    'survey-positioning': span.start.getTime(),
    'survey-hot': e + config.hotSurveyCloseDays * DAY,
    'survey-cold': e + (config.coldSurveyDaysAfter + config.coldSurveyCloseDays) * DAY,
    'survey-director': e + (config.directorSurveyDays + DIRECTOR_SURVEY_OPEN_DAYS) * DAY,
    facilitator: e + FACILITATOR_LINK_DAYS_AFTER * DAY,
  }
  const floor = issuedAt.getTime() + minimumDays * DAY
  // The positioning survey makes no sense once the session has started: no floor past D.
  if (purpose === 'survey-positioning') return new Date(Math.max(close[purpose], Math.min(floor, span.start.getTime())))
  return new Date(Math.max(close[purpose], floor))
}

export type LinkRefusal = 'malformed' | 'unknown' | 'wrong-session' | 'wrong-purpose' | 'expired' | 'revoked' | 'used'

/** A stored link as the check needs it. */
export interface StoredLink {
  sessionId: string
  purpose: LinkPurpose
  expiresAt: Date
  usedAt?: Date
  revokedAt?: Date
}

/**
 * Whether a found link may act now, for this session and one of these purposes. Order matters for the message:
 * a link for another session is refused as such before its dates are even looked at.
 */
export function refusalOf(
  link: StoredLink,
  expected: { sessionId: string; purposes: readonly LinkPurpose[] },
  now: Date,
): LinkRefusal | undefined {
  if (link.sessionId !== expected.sessionId) return 'wrong-session'
  if (!expected.purposes.includes(link.purpose)) return 'wrong-purpose'
  if (link.revokedAt) return 'revoked'
  if (isOneShot(link.purpose) && link.usedAt) return 'used'
  if (now >= link.expiresAt) return 'expired'
  return undefined
}
