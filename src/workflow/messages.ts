import { BILLING_STATE_LABELS, FILE_STATE_LABELS, type BillingState, type FileState } from './states'
import { roleName } from './role-names'

/** Every refusal speaks French first, English second. */
export interface Bilingual {
  fr: string
  en: string
}

type Labels<S extends string> = Record<S, Bilingual>

function allowedSentence<S extends string>(allowed: readonly S[], labels: Labels<S>): Bilingual {
  if (allowed.length === 0) {
    return { fr: 'Aucune transition ne vous est possible maintenant.', en: 'No move is open to you now.' }
  }
  return {
    fr: `Transitions possibles pour vous maintenant : ${allowed.map((s) => `« ${labels[s].fr} » (${s})`).join(', ')}.`,
    en: `Moves you can make now: ${allowed.join(', ')}.`,
  }
}

function withAllowed<S extends string>(reason: Bilingual, allowed: readonly S[], labels: Labels<S>): Bilingual {
  const tail = allowedSentence(allowed, labels)
  return { fr: `${reason.fr} ${tail.fr}`, en: `${reason.en} ${tail.en}` }
}

function illegal<S extends string>(from: S, to: string, allowed: readonly S[], labels: Labels<S>): Bilingual {
  const toLabel = (labels as Record<string, Bilingual | undefined>)[to]
  return withAllowed(
    {
      fr: `Passage de « ${labels[from].fr} » à « ${toLabel?.fr ?? to} » impossible.`,
      en: `Cannot move from ${from} to ${to}.`,
    },
    allowed,
    labels,
  )
}

function forbidden<S extends string>(
  role: string,
  from: S,
  to: S,
  allowed: readonly S[],
  labels: Labels<S>,
): Bilingual {
  return withAllowed(
    {
      fr: `Le rôle « ${roleName(role).fr} » ne peut pas faire passer le dossier de « ${labels[from].fr} » à « ${labels[to].fr} ».`,
      en: `The role “${roleName(role).en}” may not move the file from “${labels[from].en}” to “${labels[to].en}”.`,
    },
    allowed,
    labels,
  )
}

export const fileMessages = {
  illegal: (from: FileState, to: string, allowed: readonly FileState[]) =>
    illegal(from, to, allowed, FILE_STATE_LABELS),
  forbidden: (role: string, from: FileState, to: FileState, allowed: readonly FileState[]) =>
    forbidden(role, from, to, allowed, FILE_STATE_LABELS),
  because: (reason: Bilingual, allowed: readonly FileState[]) => withAllowed(reason, allowed, FILE_STATE_LABELS),
}

export const billingMessages = {
  illegal: (from: BillingState, to: string, allowed: readonly BillingState[]) =>
    illegal(from, to, allowed, BILLING_STATE_LABELS),
  forbidden: (role: string, from: BillingState, to: BillingState, allowed: readonly BillingState[]) =>
    forbidden(role, from, to, allowed, BILLING_STATE_LABELS),
  because: (reason: Bilingual, allowed: readonly BillingState[]) => withAllowed(reason, allowed, BILLING_STATE_LABELS),
}

/** Checklist items as people read them (the keys travel in `missingItems`; the mail side words them). */
export const CHECKLIST_ITEM_LABELS: Record<string, Bilingual> = {
  devisSigned: { fr: 'devis signé par les deux parties', en: 'quote signed by both parties' },
  conventionSigned: { fr: 'convention signée par les deux parties', en: 'agreement signed by both parties' },
  programme: { fr: 'programme', en: 'programme' },
  siret: { fr: 'SIRET', en: 'SIRET' },
  sessionDates: {
    fr: 'session avec ses dates (elles fixent la date limite de dépôt)',
    en: 'session with its dates (they set the filing deadline)',
  },
  opco: {
    fr: 'OPCO (sur le dossier, ou déduit de l’IDCC de la structure)',
    en: 'OPCO (on the file, or derived from the organisation’s IDCC)',
  },
  requestedAmount: { fr: 'montant demandé', en: 'requested amount' },
  participants: { fr: 'nombre minimum de participants', en: 'minimum number of participants' },
}

export function describeItems(items: readonly string[], labels: Record<string, Bilingual>): Bilingual {
  return {
    fr: items.map((i) => labels[i]?.fr ?? i).join(', '),
    en: items.map((i) => labels[i]?.en ?? i).join(', '),
  }
}
