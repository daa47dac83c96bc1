/**
 * How long essaim keeps each kind of personal data, in one table (docs/personal-data.md renders the same facts).
 * Sources: /work/shared/docs/compliance-notes.md §4.1 and domain.md §1.2 step 13. Where no legal period exists the
 * period is ours, and says why (`basis`). The daily retention job (jobs/definitions/retention.ts) and the T22 purge
 * read only this table.
 */
export interface RetentionPeriod {
  /** Kept this many months after `from`. */
  months: number
  from: { fr: string; en: string }
  basis: string
}

const years = (n: number) => n * 12

export const RETENTION_PERIODS = {
  /** Published outbox events: the proof that an event reached the queue; a pending one is never pruned. */
  outboxEvents: {
    months: 1,
    from: { fr: 'publication', en: 'publication' },
    basis: 'Technical record, no legal period (our choice: one month is enough to investigate an incident).',
  },
  /** Delivery rows (mails sent): proof of convocations and reminders (Qualiopi ind. 9, 12, 30) until the next audit. */
  deliveries: {
    months: years(3),
    from: { fr: 'création de la ligne', en: 'row creation' },
    basis: 'No legal period; Qualiopi audit cycle ≈ 3 years (compliance-notes §4.1, survey answers row).',
  },
  /** A funding file's history (who moved it, when): evidence behind the certificat, co-funded maximum. */
  auditEvents: {
    months: years(10),
    from: { fr: 'date de l’événement', en: 'event date' },
    basis: 'Evidence 6 y, 10 y if co-funded (OCAPIAT, compliance-notes §4.1); kept to the longer period.',
  },
  /** Expired personal links: the token is useless once expired; the row is kept a month for support questions. */
  expiredLinks: {
    months: 1,
    from: { fr: 'expiration du lien', en: 'link expiry' },
    basis: 'Minimisation (GDPR art. 5(1)(e)); no legal period.',
  },
  /** Survey free text: raw answers until the next certification audit, then only the scores remain. */
  surveyFreeText: {
    months: years(3),
    from: { fr: 'réception de la réponse', en: 'answer received' },
    basis: 'No legal period; until the next Qualiopi audit (≈ 3 y), then anonymised aggregates (compliance-notes §4.1).',
  },
  /** The register of GDPR requests: proof that a request was honoured. */
  gdprRequests: {
    months: years(6),
    from: { fr: 'date de la demande', en: 'request date' },
    basis: 'Accountability (GDPR art. 5(2)); aligned with the evidence period (our choice).',
  },
  /** Attendance sheets, evaluations, certificats: a funding file's proofs (T22, armed at the file's closing). */
  fileEvidence: {
    months: years(6),
    from: { fr: 'clôture du dossier', en: 'file closing' },
    basis: 'Evidence 6 y from the end of training, 10 y if co-funded (OCAPIAT, compliance-notes §2.1, §4.1).',
  },
  fileEvidenceCoFunded: {
    months: years(10),
    from: { fr: 'clôture du dossier', en: 'file closing' },
    basis: 'Co-funded (e.g. ESF) files: 10 y (OCAPIAT, compliance-notes §4.1).',
  },
} as const satisfies Record<string, RetentionPeriod>

export type RetentionKind = keyof typeof RETENTION_PERIODS

/** The instant before which a record of this kind is due for pruning. */
export function cutoff(kind: RetentionKind, now: Date): Date {
  const date = new Date(now.getTime())
  date.setUTCMonth(date.getUTCMonth() - RETENTION_PERIODS[kind].months)
  return date
}
