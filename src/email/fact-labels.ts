import { kindLabel } from './labels'
import type { Lang, MailContextKey, NotificationKind } from './types'

/**
 * Every fact a mail may need, as a person reads it, with where it comes from when that is not obvious: the refusal
 * of a move whose mail could not be written names these (a fact without words is a type error).
 */
export const FACT_LABELS: Record<MailContextKey, Record<Lang, string>> = {
  recipientName: { fr: 'nom du destinataire', en: 'recipient’s name' },
  recipientRole: { fr: 'rôle du destinataire', en: 'recipient’s role' },
  loginEmail: { fr: 'adresse de connexion', en: 'sign-in address' },
  structureName: { fr: 'nom de la structure', en: 'organisation’s name' },
  fileRef: { fr: 'référence du dossier', en: 'file reference' },
  opco: { fr: 'OPCO', en: 'OPCO' },
  opcoRef: { fr: 'référence OPCO', en: 'OPCO reference' },
  submittedAt: { fr: 'date de dépôt', en: 'filing date' },
  requestedAmount: { fr: 'montant demandé', en: 'requested amount' },
  agreedAmount: { fr: 'montant accordé', en: 'agreed amount' },
  remainder: { fr: 'reste à charge', en: 'remainder' },
  validUntil: { fr: 'date de fin de validité de l’accord', en: 'approval validity date' },
  invoiceRef: { fr: 'numéro de facture', en: 'invoice number' },
  invoiceAmount: { fr: 'montant facturé', en: 'invoiced amount' },
  missingItems: { fr: 'liste des pièces manquantes', en: 'list of missing items' },
  reason: { fr: 'motif', en: 'reason' },
  deadline: {
    fr: 'date limite de dépôt (il faut une session avec ses dates)',
    en: 'filing deadline (a session with its dates is needed)',
  },
  sessionTitle: { fr: 'intitulé de la session', en: 'session title' },
  sessionStart: {
    fr: 'date de début de la session (choisissez une session avec ses dates)',
    en: 'session start date (choose a session with its dates)',
  },
  sessionEnd: { fr: 'date de fin de la session', en: 'session end date' },
  previousStart: { fr: 'ancienne date de début', en: 'previous start date' },
  previousSlots: { fr: 'anciens créneaux', en: 'previous slots' },
  unsubscribeLink: { fr: 'lien de désabonnement', en: 'unsubscribe link' },
  backToDraft: { fr: 'retour en préparation', en: 'back to preparation' },
  slots: { fr: 'demi-journées de la session', en: 'session half-days' },
  slot: { fr: 'demi-journée concernée', en: 'half-day concerned' },
  venueName: { fr: 'lieu de la session (espace ERIC)', en: 'session venue (ERIC space)' },
  venueAddress: { fr: 'adresse du lieu de la session', en: 'session venue address' },
  facilitatorNames: { fr: 'noms des formateurs', en: 'facilitators’ names' },
  enrolledCount: { fr: 'nombre d’inscrits', en: 'number enrolled' },
  minParticipants: { fr: 'nombre minimum de participants', en: 'minimum number of participants' },
  participantChange: { fr: 'changement d’inscription', en: 'enrolment change' },
  participantNames: { fr: 'noms des participants concernés', en: 'names of the participants concerned' },
  missingRoles: { fr: 'fonctions manquantes', en: 'missing job roles' },
  contactName: { fr: 'nom du contact', en: 'contact name' },
  contactEmail: { fr: 'courriel du contact', en: 'contact e-mail' },
  contactPhone: { fr: 'téléphone du contact', en: 'contact phone' },
  organisationName: { fr: 'organisme de formation', en: 'training organisation' },
  networkName: { fr: 'réseau de médiation numérique (sigle)', en: 'digital-mediation network (short name)' },
  networkLabel: { fr: 'réseau de médiation numérique (nom complet)', en: 'digital-mediation network (full name)' },
  campaignName: { fr: 'nom de la campagne', en: 'campaign name' },
  documents: { fr: 'documents de la campagne', en: 'campaign documents' },
  structureNames: { fr: 'structures à relancer', en: 'organisations to contact again' },
  untouchedDays: { fr: 'jours sans suite', en: 'days untouched' },
  failures: { fr: 'échecs d’envoi', en: 'delivery failures' },
  programmeTitle: { fr: 'programme de la fédération', en: 'federation’s programme' },
  templateTitle: { fr: 'programme national', en: 'national programme' },
  moduleChanges: { fr: 'modules mis à jour', en: 'modules updated' },
  federationName: { fr: 'fédération', en: 'federation' },
  since: { fr: 'début de la période', en: 'start of the period' },
  link: { fr: 'lien', en: 'link' },
}

/** One mail a move would send that cannot be written: its kind and the facts it lacks (or another error). */
export interface MailDefect {
  kind: NotificationKind
  missing: MailContextKey[]
  /** A fact present but unusable (invalid date, bad link…), as the renderer said it. */
  error?: string
}

/**
 * « Le message « Dossier prêt à déposer » ne peut pas être rédigé, il manque : date limite de dépôt (…) », one
 * sentence per mail, in both languages: the refusal of the move that would have sent them.
 */
export function describeMailDefects(defects: readonly MailDefect[]): Record<Lang, string> {
  const sentence = (lang: Lang, d: MailDefect): string => {
    const name = kindLabel(d.kind, lang)
    const facts = d.missing.map((k) => FACT_LABELS[k][lang]).join(lang === 'fr' ? ' ; ' : '; ')
    if (lang === 'fr') {
      return d.missing.length > 0
        ? `Le message « ${name} » ne peut pas être rédigé, il manque : ${facts}.`
        : `Le message « ${name} » ne peut pas être rédigé : une information est invalide (${d.error ?? 'erreur inconnue'}).`
    }
    return d.missing.length > 0
      ? `The “${name}” mail cannot be written, missing: ${facts}.`
      : `The “${name}” mail cannot be written: a fact is invalid (${d.error ?? 'unknown error'}).`
  }
  return {
    fr: defects.map((d) => sentence('fr', d)).join(' '),
    en: defects.map((d) => sentence('en', d)).join(' '),
  }
}
