/**
 * The questionnaires of Qualiopi indicators 4, 11 and 30: positioning before the session, "hot" at its end,
 * "cold" two months later (directors' copy carries the second-training offer), the employer's (director's) view
 * a week after, and the facilitator's own.
 */
export const SURVEY_KINDS = ['positioning', 'hot', 'cold', 'director', 'facilitator'] as const
export type SurveyKind = (typeof SURVEY_KINDS)[number]

export const SURVEY_KIND_LABELS: Record<SurveyKind, { fr: string; en: string }> = {
  positioning: { fr: 'Positionnement', en: 'Positioning' },
  hot: { fr: 'Satisfaction à chaud', en: 'Hot satisfaction' },
  cold: { fr: 'Suivi à froid', en: 'Cold follow-up' },
  director: { fr: 'Direction (employeur)', en: 'Director (employer)' },
  facilitator: { fr: 'Animateur', en: 'Facilitator' },
}

export const isSurveyKind = (value: unknown): value is SurveyKind =>
  typeof value === 'string' && (SURVEY_KINDS as readonly string[]).includes(value)

/** The enrolment flag an answer sets, for the kinds a participant answers. */
export const DONE_FLAG: Partial<Record<SurveyKind, 'positioningDone' | 'hotDone' | 'coldDone' | 'directorDone'>> = {
  positioning: 'positioningDone',
  hot: 'hotDone',
  cold: 'coldDone',
  director: 'directorDone',
}
