import { NOTIFICATION_KINDS } from '../workflow/notification-kinds'
import type { Lang, NotificationKind } from './types'

/**
 * A short human name for every notification kind, in both languages: for the admin UI (notification log, preview
 * list) and the failure digest. A kind without a label is a type error.
 */
export const KIND_LABELS: Record<NotificationKind, Record<Lang, string>> = {
  'user.welcome': { fr: 'Bienvenue', en: 'Welcome' },
  'file.created': { fr: 'Nouveau dossier', en: 'New file' },
  'file.missing_items': { fr: 'Pièces manquantes', en: 'Missing items' },
  'file.submit_now': { fr: 'Dossier prêt à déposer', en: 'Ready to file' },
  'file.deadline_reminder': { fr: 'Rappel : date limite de dépôt', en: 'Filing deadline reminder' },
  'file.deadline_escalation': { fr: 'Alerte : dossier non déposé', en: 'Alert: file not filed' },
  'file.submitted': { fr: 'Demande déposée', en: 'Request filed' },
  'file.opco_silent': { fr: 'Relance : réponse de l’OPCO ?', en: 'Follow-up: OPCO answer?' },
  'file.opco_silent_escalation': { fr: 'Alerte : pas de réponse de l’OPCO', en: 'Alert: no answer from the OPCO' },
  'file.info_requested': { fr: 'Demande de compléments de l’OPCO', en: 'OPCO asks for more information' },
  'file.info_reminder': { fr: 'Relance : compléments à transmettre', en: 'Reminder: information to send' },
  'file.approved': { fr: 'Accord de prise en charge', en: 'Funding agreed' },
  'file.partially_approved': { fr: 'Accord partiel', en: 'Partial agreement' },
  'file.partial_decision_reminder': {
    fr: 'Relance : décision sur l’accord partiel',
    en: 'Reminder: decision on partial agreement',
  },
  'file.refused': { fr: 'Refus de prise en charge', en: 'Funding refused' },
  'file.refusal_options_reminder': { fr: 'Relance : suite à donner au refus', en: 'Reminder: next step after refusal' },
  'file.postpone_or_cancel_proposal': { fr: 'Proposition de report ou d’annulation', en: 'Postpone or cancel?' },
  'file.resubmitted': { fr: 'Dossier repris pour une nouvelle demande', en: 'File reopened for a new request' },
  'file.self_funded': { fr: 'Formation autofinancée', en: 'Self-funded training' },
  'file.apc_validity': { fr: 'Fin de validité de l’accord', en: 'Agreement about to lapse' },
  'file.rescheduled': { fr: 'Modification des dates', en: 'New dates' },
  'file.cancelled': { fr: 'Annulation de la formation', en: 'Training cancelled' },
  'file.expired': { fr: 'Dossier expiré', en: 'File expired' },
  'session.role_mix_check': { fr: 'Diversité des fonctions représentées', en: 'Role-mix check' },
  'session.convocation': { fr: 'Convocation', en: 'Joining instructions' },
  'session.convened': { fr: 'Convocations envoyées', en: 'Joining instructions sent' },
  'session.trainer_logistics': { fr: 'Préparation logistique (formateur)', en: 'Logistics (trainer)' },
  'session.day_before': { fr: 'Rappel la veille', en: 'Day-before reminder' },
  'session.trainer_reminder': {
    fr: 'Rappel formateur et lien d’émargement',
    en: 'Trainer reminder and attendance link',
  },
  'session.attendance_open': { fr: 'Émargement ouvert', en: 'Attendance open' },
  'session.participants_changed': {
    fr: 'Changement dans la liste des participants',
    en: 'Change in the participant list',
  },
  'session.below_minimum': { fr: 'Effectif sous le minimum', en: 'Below the minimum number of participants' },
  'attendance.unsigned': { fr: 'Feuille d’émargement incomplète', en: 'Attendance sheet incomplete' },
  'attendance.absence': { fr: 'Absence constatée', en: 'Absence noticed' },
  'session.report_due': { fr: 'Bilan de session attendu', en: 'Session report due' },
  'survey.positioning': { fr: 'Questionnaire de positionnement', en: 'Positioning questionnaire' },
  'survey.hot': { fr: 'Questionnaire de satisfaction', en: 'Satisfaction questionnaire' },
  'survey.hot_reminder': { fr: 'Relance : questionnaire de satisfaction', en: 'Reminder: satisfaction questionnaire' },
  'survey.director': { fr: 'Questionnaire de la direction', en: 'Director’s questionnaire' },
  'survey.cold': { fr: 'Questionnaire à froid', en: 'Follow-up questionnaire' },
  'survey.cold_director': { fr: 'Questionnaire à froid de la direction', en: 'Director’s follow-up questionnaire' },
  'survey.cold_reminder': { fr: 'Relance : questionnaire à froid', en: 'Reminder: follow-up questionnaire' },
  'survey.cold_late_alert': {
    fr: 'Alerte : questionnaire à froid avant les preuves',
    en: 'Alert: follow-up survey before evidence',
  },
  'billing.invoice_now': { fr: 'Facturation possible', en: 'Ready to invoice' },
  'billing.invoice_reminder': { fr: 'Relance : factures à établir', en: 'Reminder: invoices to issue' },
  'billing.remainder_invoice': { fr: 'Facture du reste à charge', en: 'Remainder invoice' },
  'billing.payment_followup': { fr: 'Suivi de paiement', en: 'Payment follow-up' },
  'billing.rejected': { fr: 'Facture rejetée', en: 'Invoice rejected' },
  'billing.rejected_fix': { fr: 'Relance : facture à corriger', en: 'Reminder: invoice to correct' },
  'billing.paid': { fr: 'Paiement reçu', en: 'Payment received' },
  'file.report_ready': { fr: 'Rapport disponible', en: 'Report available' },
  'campaign.kit': { fr: 'Kit de présentation', en: 'Presentation kit' },
  'campaign.worklist_nudge': { fr: 'Relance : structures à contacter', en: 'Reminder: organisations to contact' },
  'ops.failure_digest': { fr: 'Synthèse des envois en échec', en: 'Failed deliveries digest' },
  'programme.template_followed': { fr: 'Programme national : votre édition mise à jour', en: 'National programme: your edition updated' },
}

const KNOWN: ReadonlySet<string> = new Set(NOTIFICATION_KINDS)

export function isNotificationKind(kind: string): kind is NotificationKind {
  return KNOWN.has(kind)
}

/** The label of a kind; an unknown kind (from an old log entry, say) is shown as it is. */
export function kindLabel(kind: string, lang: Lang): string {
  return isNotificationKind(kind) ? KIND_LABELS[kind][lang] : kind
}
