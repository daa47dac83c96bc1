/**
 * Realistic sample facts for every kind: a fictional Marseille CHRS, a 3-day session (six half-days, 21 hours) at a
 * fictional ERIC space, 4 800 € requested. Used by the preview endpoint and the tests. Dates are placed relative to
 * `now` where the kind happens in the file's life (before, during, after the session, two months later).
 */
import { TIME_ZONE } from './format'
import type { Lang, MailContext, NotificationKind, RecipientRole, Slot } from './types'

const DAY = 86_400_000
const BASE_URL = 'https://essaim.example.org'

/** The UTC instant of a wall-clock time in Paris (handles summer and winter time). */
export function parisTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  const offsetAt = (t: number): number => {
    const f = new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    const parts: Record<string, number> = {}
    for (const p of f.formatToParts(new Date(t))) if (p.type !== 'literal') parts[p.type] = Number(p.value)
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - t
  }
  let t = wall - offsetAt(wall)
  t = wall - offsetAt(t)
  return new Date(t)
}

/** The Paris calendar date of an instant, as a UTC midnight (for day arithmetic). */
function parisDay(d: Date): Date {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' })
  const parts: Record<string, number> = {}
  for (const p of f.formatToParts(d)) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day))
}

/** The Monday on or before a (UTC-midnight) day. */
function mondayOnOrBefore(day: Date): Date {
  const back = (day.getUTCDay() + 6) % 7
  return new Date(day.getTime() - back * DAY)
}

/** Three consecutive days, 9:00–12:30 and 13:30–17:00, Paris time: six half-days, 21 hours. */
function threeDays(monday: Date): Slot[] {
  const slots: Slot[] = []
  for (let i = 0; i < 3; i++) {
    const d = new Date(monday.getTime() + i * DAY)
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
    slots.push({ start: parisTime(y, m, dd, 9, 0), end: parisTime(y, m, dd, 12, 30) })
    slots.push({ start: parisTime(y, m, dd, 13, 30), end: parisTime(y, m, dd, 17, 0) })
  }
  return slots
}

type Phase = 'before' | 'during' | 'after' | 'cold'

/** Kinds sent before the request is filed: no OPCO reference yet. */
const BEFORE_FILING: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'user.welcome',
  'file.created',
  'file.missing_items',
  'file.submit_now',
  'file.deadline_reminder',
  'file.deadline_escalation',
  'campaign.kit',
  'campaign.worklist_nudge',
  'ops.failure_digest',
  'programme.template_followed',
])

/** Kinds sent while there is no agreement (pending, refused, expired): no agreed amount yet. */
const NO_AGREEMENT: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'file.submitted',
  'file.opco_silent',
  'file.opco_silent_escalation',
  'file.info_requested',
  'file.info_reminder',
  'file.refused',
  'file.refusal_options_reminder',
  'file.postpone_or_cancel_proposal',
  'file.resubmitted',
  'file.expired',
])

const PHASE: Partial<Record<NotificationKind, Phase>> = {
  'session.attendance_open': 'during',
  'attendance.unsigned': 'during',
  'attendance.absence': 'during',
  'session.report_due': 'after',
  'survey.hot': 'after',
  'survey.hot_reminder': 'after',
  'survey.director': 'after',
  'billing.invoice_now': 'after',
  'billing.invoice_reminder': 'after',
  'billing.remainder_invoice': 'after',
  'billing.payment_followup': 'after',
  'billing.rejected': 'after',
  'billing.rejected_fix': 'after',
  'billing.paid': 'after',
  'survey.cold': 'cold',
  'survey.cold_director': 'cold',
  'survey.cold_reminder': 'cold',
  'survey.cold_late_alert': 'cold',
  'file.report_ready': 'cold',
}

/** Who typically receives each kind (sample only: the workflow decides the real recipients). */
const ROLE: Partial<Record<NotificationKind, RecipientRole>> = {
  'user.welcome': 'user',
  'file.created': 'coordinators',
  'file.deadline_escalation': 'coordinators',
  'file.submitted': 'coordinators',
  'file.opco_silent_escalation': 'coordinators',
  'file.info_requested': 'coordinators',
  'file.resubmitted': 'coordinators',
  'file.self_funded': 'facilitators',
  'file.rescheduled': 'participants',
  'session.convocation': 'participants',
  'session.convened': 'director',
  'session.trainer_logistics': 'facilitators',
  'session.day_before': 'participants',
  'session.trainer_reminder': 'facilitators',
  'session.attendance_open': 'facilitators',
  'session.participants_changed': 'facilitators',
  'session.below_minimum': 'coordinators',
  'attendance.unsigned': 'facilitators',
  'session.report_due': 'facilitators',
  'survey.positioning': 'participants',
  'survey.hot': 'participants',
  'survey.hot_reminder': 'participants',
  'survey.director': 'director',
  'survey.cold': 'participants',
  'survey.cold_director': 'director',
  'survey.cold_reminder': 'participants',
  'survey.cold_late_alert': 'coordinators',
  'billing.invoice_now': 'coordinators',
  'billing.invoice_reminder': 'coordinators',
  'billing.payment_followup': 'coordinators',
  'file.report_ready': 'coordinators',
  'campaign.worklist_nudge': 'facilitators',
  'ops.failure_digest': 'coordinators',
  'programme.template_followed': 'coordinators',
}

const PEOPLE: Record<RecipientRole, string> = {
  'structure-admins': 'Nadia Benali',
  coordinators: 'Claire Martin',
  facilitators: 'Sophie Marchetti',
  eric: 'Yanis Belkacem',
  participants: 'Karim Haddad',
  director: 'Hélène Garcia',
  editors: 'Lucie Ferrand',
  user: 'Nadia Benali',
}

const WORDS = {
  fr: {
    missingItems: [
      'la convention de formation signée par les deux parties',
      'le numéro SIRET de la structure',
      'la liste des participants (8 personnes au minimum)',
    ],
    missingRoles: ['direction', 'fonctions techniques et maintenance'],
    reasons: {
      'file.info_requested': 'le programme détaillé par module et le CV des formateurs',
      'file.info_reminder': 'le programme détaillé par module et le CV des formateurs',
      'file.refused': 'demande reçue moins d’un mois avant le début de la formation',
      'file.cancelled': 'nombre de participants insuffisant',
      'billing.rejected': 'certificat de réalisation non signé',
      'billing.rejected_fix': 'certificat de réalisation non signé',
    } as Partial<Record<NotificationKind, string>>,
  },
  en: {
    missingItems: [
      'the training agreement signed by both parties',
      'the organisation’s SIRET number',
      'the list of participants (at least 8 people)',
    ],
    missingRoles: ['management', 'technical and maintenance staff'],
    reasons: {
      'file.info_requested': 'the detailed programme by module and the trainers’ CVs',
      'file.info_reminder': 'the detailed programme by module and the trainers’ CVs',
      'file.refused': 'request received less than a month before the training starts',
      'file.cancelled': 'not enough participants',
      'billing.rejected': 'certificate of completion not signed',
      'billing.rejected_fix': 'certificate of completion not signed',
    } as Partial<Record<NotificationKind, string>>,
  },
}

function linkFor(kind: NotificationKind, role: RecipientRole): string {
  if (kind === 'user.welcome') return `${BASE_URL}/admin/reset/7Qk2xV9pLm3RtY8w`
  if (kind === 'ops.failure_digest')
    return `${BASE_URL}/admin/collections/notifications?where[status][equals]=failed&sort=-createdAt`
  if (kind.startsWith('campaign.')) return `${BASE_URL}/admin/collections/campaigns/3`
  if (kind === 'programme.template_followed') return `${BASE_URL}/admin/collections/programmes/5`
  if (kind.startsWith('survey.') && kind !== 'survey.cold_late_alert') return `${BASE_URL}/s/c4f1e9a27b5d`
  if (kind === 'session.trainer_reminder' || kind === 'session.attendance_open' || kind === 'attendance.unsigned') {
    return `${BASE_URL}/admin/collections/sessions/17/attendance`
  }
  if (role === 'participants') return `${BASE_URL}/p/9b8e2d41c07a`
  return `${BASE_URL}/admin/collections/funding-files/42`
}

/**
 * Sample facts for a kind: every fact a template may use, consistent with each other. `lang` picks the language of
 * free-text facts (missing items, reasons).
 */
export function sampleContext(kind: NotificationKind, now: Date = new Date(), lang: Lang = 'fr'): MailContext {
  const today = parisDay(now)
  const phase = PHASE[kind] ?? 'before'
  const monday =
    phase === 'before'
      ? mondayOnOrBefore(new Date(today.getTime() + 48 * DAY))
      : phase === 'during'
        ? today
        : phase === 'after'
          ? mondayOnOrBefore(new Date(today.getTime() - 10 * DAY))
          : mondayOnOrBefore(new Date(today.getTime() - 62 * DAY))
  const slots = threeDays(monday)
  const sessionStart = slots[0].start
  const sessionEnd = slots[slots.length - 1].end
  const year = parisDay(sessionStart).getUTCFullYear()
  const role = ROLE[kind] ?? 'structure-admins'
  const w = WORDS[lang]
  const partial =
    kind === 'file.partially_approved' || kind === 'file.partial_decision_reminder' || kind.startsWith('billing.')
  const remainderKinds = kind === 'billing.remainder_invoice' || kind === 'billing.paid'
  const filed = !BEFORE_FILING.has(kind)
  const agreed = filed && !NO_AGREEMENT.has(kind)
  const belowMinimum = kind === 'session.below_minimum'

  let deadline = new Date(sessionStart.getTime() - 30 * DAY)
  if (kind.startsWith('survey.')) deadline = new Date(now.getTime() + 8 * DAY)
  if (kind === 'survey.positioning') deadline = new Date(sessionStart.getTime() - DAY)
  if (kind === 'user.welcome') deadline = new Date(now.getTime() + 7 * DAY)
  if (kind === 'billing.remainder_invoice') deadline = new Date(now.getTime() + 30 * DAY)
  if (kind === 'file.partial_decision_reminder') deadline = new Date(sessionStart.getTime() - 14 * DAY)

  return {
    recipientName: PEOPLE[role],
    recipientRole: role,
    loginEmail: 'n.benali@chrs-lucioles.example.org',
    structureName: 'CHRS Les Lucioles',
    fileRef: `ESS-${year}-014`,
    opco: 'OPCO Santé',
    opcoRef: filed ? `DPC-${year}-048213` : undefined,
    submittedAt: filed ? new Date(Math.min(now.getTime() - 15 * DAY, sessionStart.getTime() - 35 * DAY)) : undefined,
    requestedAmount: 4800,
    agreedAmount: agreed ? (partial ? 3600 : 4800) : undefined,
    remainder: agreed && partial ? 1200 : undefined,
    // OPCO Santé: the training must take place within the calendar year of the agreement.
    validUntil: agreed ? parisTime(year, 12, 31, 23, 59) : undefined,
    invoiceRef: `FAC-${year}-0112`,
    invoiceAmount: remainderKinds ? 1200 : 3600,
    missingItems: w.missingItems,
    reason: w.reasons[kind],
    deadline,
    sessionTitle: 'Culture & usages numériques',
    sessionStart,
    sessionEnd,
    previousStart: kind === 'file.rescheduled' ? new Date(sessionStart.getTime() - 21 * DAY) : undefined,
    slots,
    slot: kind === 'attendance.unsigned' ? slots[1] : slots[0],
    venueName: 'ERIC L’Escale numérique',
    venueAddress: '8 place des Pêcheurs, 13016 Marseille',
    facilitatorNames: ['Sophie Marchetti', 'Yanis Belkacem'],
    enrolledCount: belowMinimum ? 7 : 12,
    minParticipants: 8,
    participantChange: belowMinimum ? 'withdrawn' : 'added',
    participantNames:
      kind === 'attendance.absence'
        ? ['Karim Haddad']
        : kind === 'session.participants_changed'
          ? ['Laura Mendes']
          : ['Karim Haddad', 'Laura Mendes'],
    missingRoles: w.missingRoles,
    contactName: 'Claire Martin',
    contactEmail: 'formation@fas-paca.example.org',
    contactPhone: '04 91 00 12 34',
    campaignName: `Déploiement régional PACA ${year}`,
    structureNames: ['CADA Le Mistral', 'Accueil de jour La Bonne Étoile', 'ACI Les Jardins du Frioul'],
    untouchedDays: 30,
    failures: [
      {
        kind: 'session.convocation',
        recipient: 'k.haddad@chrs-lucioles.example.org',
        error: '550 5.1.1 Mailbox unavailable',
      },
      {
        kind: 'survey.hot_reminder',
        recipient: 'l.mendes@chrs-lucioles.example.org',
        error: 'Connection timeout after 3 attempts',
      },
    ],
    since: new Date(now.getTime() - DAY),
    programmeTitle: 'Culture & usages numériques',
    templateTitle: 'Culture & usages numériques (programme national)',
    moduleChanges: [
      { module: 'Pourquoi une culture numérique ?', change: 'lengthened', from: 180, to: 210 },
      { module: 'Numérique et accompagnement social', change: 'added' },
    ],
    link: linkFor(kind, role),
  }
}
