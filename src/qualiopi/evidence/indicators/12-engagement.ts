import { relationId } from '../../../../collections/shared/relation-ids'
import { dayKey } from '../../../email/format'
import type { Attendance, Enrolment, Session } from '../../../payload-types'
import { isActiveEnrolment } from '../../../sessions/enrolment-status'
import { clock, csvPart, day, decimal, sortRows } from '../csv'
import { deliveriesPart } from '../deliveries'
import { fileDocumentsPart } from '../documents'
import { ENROLMENT_HEADER, enrolmentLabels } from '../enrolments'
import { labelsOf, narrowScope } from '../scope'
import type { EvidenceScope, IndicatorDefinition } from '../types'

const HOUR = 3_600_000
const STATE = { signed: 'Signé', absent: 'Absent', missing: 'Non renseigné' } as const
const METHOD: Record<string, string> = { 'e-sign': 'Signature électronique', 'paper-scan': 'Feuille papier numérisée' }
const DROP_OUTS: readonly string[] = ['withdrawn', 'no-show', 'partial']

/** Indicator 12 concerns actions of more than two days: sessions spread over three calendar days or more. */
export const lastsMoreThanTwoDays = (session: Pick<Session, 'slots'>): boolean =>
  new Set((session.slots ?? []).map((s) => dayKey(new Date(s.start)))).size > 2

type Slot = NonNullable<Session['slots']>[number]
const slotLabel = (slot: Slot) => `${slot.period === 'am' ? 'matin' : 'après-midi'} (${clock(slot.start)}-${clock(slot.end)})`

interface Sheet {
  scope: EvidenceScope
  records: Attendance[]
  sessionOf: (e: Enrolment) => Session | undefined
  who: Awaited<ReturnType<typeof enrolmentLabels>>
}

/** The half-day lines, sheet by sheet: every active participant × half-day (one never signed nor marked shows as such). */
function attendanceCsv({ scope, records, sessionOf, who }: Sheet, signers: Map<string, string>) {
  const rows = []
  const byName = [...scope.enrolments].sort((a, b) => who.personOf(a).name.localeCompare(who.personOf(b).name, 'fr'))
  const line = new Map(records.map((r) => [`${relationId(r.enrolment)}:${r.slotIndex}`, r]))
  for (const session of scope.sessions) {
    const list = byName.filter((e) => sessionOf(e) === session)
    for (const [i, slot] of (session.slots ?? []).entries()) {
      for (const e of list) {
        const r = line.get(`${e.id}:${i}`)
        // A withdrawn participant's half-days are listed only where something was recorded.
        if (!r && !isActiveEnrolment(e.status)) continue
        const p = who.personOf(e)
        rows.push([
          session.title,
          day(slot.start),
          slotLabel(slot),
          p.name,
          p.role,
          who.structureOf(e),
          STATE[r?.status ?? 'missing'],
          day(r?.signedAt),
          clock(r?.signedAt),
          r?.status === 'signed' ? (METHOD[r.method ?? ''] ?? '') : '',
          day(r?.countersignedAt),
          clock(r?.countersignedAt),
          signers.get(relationId(r?.countersignedBy) ?? '') ?? '',
        ])
      }
    }
  }
  const header = [
    'Session / Session',
    'Date / Date',
    'Demi-journée / Half-day',
    'Participant·e / Participant',
    'Fonction / Role',
    'Structure / Structure',
    'Émargement / Attendance',
    'Signé le / Signed on',
    'Heure / Time',
    'Mode / Method',
    'Contresigné le / Countersigned on',
    'Heure du contreseing / Countersigned at',
    'Contresigné par / Countersigned by',
  ]
  return csvPart('emargement-par-demi-journee.csv', { fr: 'ligne(s) d’émargement par demi-journée', en: 'half-day attendance line(s)' }, header, rows)
}

/** Withdrawals, no-shows and partial attendance, with the half-days missed. */
function dropOutsCsv({ scope, records, sessionOf, who }: Sheet) {
  const rows = scope.enrolments
    .filter((e) => DROP_OUTS.includes(e.status))
    .map((e) => {
      const slots = sessionOf(e)?.slots ?? []
      const signed = new Set(records.filter((r) => relationId(r.enrolment) === String(e.id) && r.status === 'signed').map((r) => r.slotIndex))
      const planned = slots.reduce((h, s) => h + (new Date(s.end).getTime() - new Date(s.start).getTime()) / HOUR, 0)
      return [
        ...who.cells(e),
        decimal(planned),
        slots.flatMap((s, i) => (signed.has(i) ? [] : [`${day(s.start)} ${s.period === 'am' ? 'matin' : 'après-midi'}`])).join(' | '),
      ]
    })
  const sorted = sortRows(rows, [0, 1, 2])
  const header = [
    ...ENROLMENT_HEADER,
    'Heures prévues / Hours planned',
    'Demi-journées non signées / Half-days not signed',
  ]
  return csvPart('desistements-et-absences.csv', { fr: 'désistement(s), absence(s) ou présence(s) partielle(s)', en: 'withdrawal(s), no-show(s) or partial attendance(s)' }, header, sorted)
}

/** Indicator 12: engagement kept and drop-outs prevented, for the actions of more than two days. */
export const engagement: IndicatorDefinition = {
  number: 12,
  folder: '12-engagement-et-abandons',
  title: { fr: 'Engagement des bénéficiaires et prévention des abandons', en: 'Keeping learners engaged and preventing drop-outs' },
  proves: {
    fr: "Pour les actions de plus de deux jours : l'émargement de chaque demi-journée (signé par le participant, contresigné par le formateur), les alertes d'absence le jour même et les relances envoyées, les désistements, absences et présences partielles, et les feuilles d'émargement.",
    en: 'For actions of more than two days: the attendance of each half-day (signed by the participant, countersigned by the trainer), same-day absence alerts and reminders sent, withdrawals, no-shows and partial attendance, and the attendance sheets.',
  },
  build: async (full) => {
    const scope = narrowScope(full, lastsMoreThanTwoDays)
    const sessionIds = scope.sessions.map((s) => String(s.id))
    const { docs: records } = sessionIds.length
      ? await scope.payload.find({ collection: 'attendance', where: { session: { in: sessionIds } }, depth: 0, pagination: false, overrideAccess: true })
      : { docs: [] as Attendance[] }
    const sessions = new Map(scope.sessions.map((s) => [String(s.id), s]))
    const [who, signers] = await Promise.all([
      enrolmentLabels(scope, scope.enrolments),
      labelsOf(scope.payload, 'users', records.map((r) => relationId(r.countersignedBy)), 'name'),
    ])
    const sheet: Sheet = { scope, records, sessionOf: (e) => sessions.get(relationId(e.session) ?? ''), who }
    return {
      scope: {
        fr: `les sessions de plus de deux jours dont la première demi-journée tombe dans la période (${scope.sessions.length} sur ${full.sessions.length})`,
        en: `the sessions of more than two days whose first half-day falls in the period (${scope.sessions.length} of ${full.sessions.length})`,
      },
      parts: [
        attendanceCsv(sheet, signers),
        await deliveriesPart(scope, 'alertes-et-relances.csv', { fr: "alerte(s) d'absence et relance(s) envoyée(s)", en: 'absence alert(s) and reminder(s) sent' }, [
          'attendance.absence',
          'attendance.unsigned',
          'session.day_before',
          'session.participants_changed',
        ]),
        dropOutsCsv(sheet),
        await fileDocumentsPart(scope, 'attendanceSheet', 'feuilles-emargement', { fr: "feuille(s) d'émargement (PDF)", en: 'attendance sheet file(s) (PDF)' }),
      ],
    }
  },
}
