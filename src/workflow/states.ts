/** The funding-file states and the parallel billing status (domain §5). */

export const FILE_STATES = [
  'draft',
  'ready',
  'submitted',
  'info_requested',
  'approved',
  'partially_approved',
  'refused',
  'self_funded',
  'convened',
  'in_progress',
  'delivered',
  'evidence_ready',
  'follow_up',
  'reported',
  'closed',
  'cancelled',
  'expired',
] as const

export type FileState = (typeof FILE_STATES)[number]

export const BILLING_STATES = ['none', 'to_invoice', 'invoiced', 'paid', 'rejected'] as const

export type BillingState = (typeof BILLING_STATES)[number]

/** States from which a file may still be cancelled: everything before the session starts. */
export const PRE_SESSION_STATES: readonly FileState[] = [
  'draft',
  'ready',
  'submitted',
  'info_requested',
  'approved',
  'partially_approved',
  'refused',
  'self_funded',
  'convened',
]

/** A file in one of these states never moves again. */
export const TERMINAL_STATES: readonly FileState[] = ['closed', 'cancelled', 'expired']

export function isFileState(value: unknown): value is FileState {
  return typeof value === 'string' && (FILE_STATES as readonly string[]).includes(value)
}

export function isBillingState(value: unknown): value is BillingState {
  return typeof value === 'string' && (BILLING_STATES as readonly string[]).includes(value)
}

/** Labels for messages and the admin UI; French first, as the product speaks French first. */
export const FILE_STATE_LABELS: Record<FileState, { fr: string; en: string }> = {
  draft: { fr: 'brouillon', en: 'draft' },
  ready: { fr: 'prêt à déposer', en: 'ready to file' },
  submitted: { fr: "déposé à l'OPCO", en: 'filed with the OPCO' },
  info_requested: { fr: 'complément demandé', en: 'information requested' },
  approved: { fr: 'accordé', en: 'approved' },
  partially_approved: { fr: 'accord partiel', en: 'partially approved' },
  refused: { fr: 'refusé', en: 'refused' },
  self_funded: { fr: 'autofinancé', en: 'self-funded' },
  convened: { fr: 'convocations envoyées', en: 'convened' },
  in_progress: { fr: 'session en cours', en: 'session in progress' },
  delivered: { fr: 'session réalisée', en: 'delivered' },
  evidence_ready: { fr: 'preuves complètes', en: 'evidence ready' },
  follow_up: { fr: 'suivi à froid', en: 'follow-up' },
  reported: { fr: 'bilan produit', en: 'reported' },
  closed: { fr: 'clôturé', en: 'closed' },
  cancelled: { fr: 'annulé', en: 'cancelled' },
  expired: { fr: 'expiré', en: 'expired' },
}

export const BILLING_STATE_LABELS: Record<BillingState, { fr: string; en: string }> = {
  none: { fr: 'rien à facturer', en: 'nothing to invoice' },
  to_invoice: { fr: 'à facturer', en: 'to invoice' },
  invoiced: { fr: 'facturé', en: 'invoiced' },
  paid: { fr: 'payé', en: 'paid' },
  rejected: { fr: 'facture rejetée', en: 'invoice rejected' },
}
