/**
 * A session's own life, simpler than the funding file's: the file decides funding, the session records what
 * happens in the room. `planned` until convocations go out, then `convened`, `in_progress` from the first slot,
 * `delivered` after the last one; `cancelled` at any point before delivery.
 */
export const SESSION_STATUSES = ['planned', 'convened', 'in_progress', 'delivered', 'cancelled'] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

export const SESSION_STATUS_LABELS: Record<SessionStatus, { fr: string; en: string }> = {
  planned: { fr: 'Prévue', en: 'Planned' },
  convened: { fr: 'Convocations envoyées', en: 'Convened' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  delivered: { fr: 'Réalisée', en: 'Delivered' },
  cancelled: { fr: 'Annulée', en: 'Cancelled' },
}

/** Half-days: the unit of the attendance sheet (Code du travail R6332-26). */
export const PERIODS = ['am', 'pm'] as const
export type Period = (typeof PERIODS)[number]

export const PERIOD_LABELS: Record<Period, { fr: string; en: string }> = {
  am: { fr: 'Matin', en: 'Morning' },
  pm: { fr: 'Après-midi', en: 'Afternoon' },
}
