import type { Payload, Where } from 'payload'
import { relationId } from '../../../collections/shared/relation-ids'
import { loadOrganisation } from '../../documents/provider'
import { dayKey } from '../../email/format'
import type { FundingFile } from '../../payload-types'
import { firstSlotStart } from '../../sessions/first-slot'
import { hoursFromSignedHalfDays } from '../../sessions/hours'
import { parseSlots, slotHours } from '../../sessions/slots'
import type { BpfFigures, FunderType, ProductLine, SessionLine, TraineeLine } from './figures'
import { parisYear } from './year'

/** Billing states in which the file's amounts are products of the year (invoiced, then possibly paid). */
export const BILLED_STATES = ['invoiced', 'paid'] as const

/**
 * Cadre F-1. The participants of essaim are staff of social-insertion structures (associations, private-law
 * employers): all of them are line a (compliance-notes §1.3). The other lines are written, at zero, so the
 * extract follows the cerfa line by line.
 */
const F1: readonly Omit<TraineeLine, 'trainees' | 'hours'>[] = [
  { line: 'F-1 a', label: "Salariés d'employeurs privés hors apprentis" },
  { line: 'F-1 b', label: 'Apprentis' },
  { line: 'F-1 c', label: "Personnes en recherche d'emploi" },
  { line: 'F-1 d', label: 'Particuliers à leurs propres frais' },
  { line: 'F-1 e', label: 'Autres stagiaires' },
]

/** Cadre F-3: the course certifies nothing (no RNCP, RS or CQP): every hour is line d. */
const F3: readonly Omit<TraineeLine, 'trainees' | 'hours'>[] = [
  { line: 'F-3 a', label: 'Diplôme, titre ou CQP enregistré au RNCP' },
  { line: 'F-3 b', label: 'Certification ou habilitation au répertoire spécifique (RS)' },
  { line: 'F-3 c', label: 'CQP non enregistré' },
  { line: 'F-3 d', label: 'Autres formations professionnelles' },
  { line: 'F-3 e', label: 'Bilans de compétences' },
  { line: 'F-3 f', label: 'Accompagnement VAE' },
]

/** Cadre C lines by funder type: OPCO (plan de développement des compétences), employer, anything else. */
const C: Record<FunderType, Omit<ProductLine, 'amount' | 'files'>> = {
  employer: { line: 'C 1', label: 'Entreprises pour la formation de leurs salariés', funder: 'employer' },
  opco: { line: 'C 2h', label: 'OPCO : plan de développement des compétences ou autres dispositifs', funder: 'opco' },
  other: { line: 'C 11', label: 'Autres produits au titre de la formation professionnelle', funder: 'other' },
}

const positive = (n: number | null | undefined): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0)

/**
 * What a billed file brings, by funder type. With an OPCO: the agreed amount is the OPCO's (subrogation) and the
 * remainder the employer's. Self-funded (the employer pays after a refusal): the quote's amount, the employer's.
 * No OPCO and not self-funded (another funder): the agreed amount, else the quote's, as "other".
 */
export function fileProducts(file: Pick<FundingFile, 'opco' | 'selfFunded' | 'status' | 'agreedAmount' | 'requestedAmount' | 'remainder'>): Record<FunderType, number> {
  const selfFunded = file.selfFunded === true || file.status === 'self_funded'
  if (selfFunded) return { opco: 0, employer: positive(file.agreedAmount ?? file.requestedAmount), other: 0 }
  if (file.opco) return { opco: positive(file.agreedAmount), employer: positive(file.remainder), other: 0 }
  return { opco: 0, employer: positive(file.remainder), other: positive(file.agreedAmount ?? file.requestedAmount) }
}

/**
 * The BPF of a calendar year (Paris), from what is recorded:
 * - sessions (actions): those with at least one half-day in the year; their planned hours are those half-days';
 * - trainees: the enrolments (not withdrawn) with at least one half-day of the year signed — a no-show is none —
 *   counted once per person; hours-trainees: the signed half-days' hours (the certificats' rule, src/sessions/hours);
 * - products: the funding files invoiced or paid whose session starts in the year (the file's session start, else
 *   its session's first half-day), by funder type.
 * With `federationId`, the BPF of that federation's training organisation: its sessions and files only, under its
 * legal entity (its own facts over the platform's); without, the platform's, everything counted.
 */
export async function computeBpf(payload: Payload, year: number, now: Date = new Date(), federationId?: string): Promise<BpfFigures> {
  const find = async <C extends 'sessions' | 'enrolments' | 'attendance' | 'funding-files'>(collection: C, where: Where) =>
    (await payload.find({ collection, where, depth: 0, pagination: false, overrideAccess: true })).docs

  const inYear = (d: Date) => parisYear(d) === year
  const alerts: string[] = []
  const ofFederation: Where = federationId ? { federation: { equals: federationId } } : {}
  const sessions = (await find('sessions', ofFederation)).map((s) => ({ doc: s, slots: parseSlots(s.slots) })).filter((s) => s.slots.some((slot) => inYear(slot.start)))
  const sessionIds = sessions.map((s) => String(s.doc.id))
  const enrolments = sessionIds.length ? await find('enrolments', { and: [{ session: { in: sessionIds } }, { status: { not_equals: 'withdrawn' } }] }) : []
  const enrolmentIds = enrolments.map((e) => String(e.id))
  const signed = enrolmentIds.length ? await find('attendance', { and: [{ enrolment: { in: enrolmentIds } }, { status: { equals: 'signed' } }] }) : []
  const signedBy = new Map<string, number[]>()
  for (const a of signed) {
    const id = relationId(a.enrolment) ?? ''
    signedBy.set(id, [...(signedBy.get(id) ?? []), a.slotIndex])
  }

  const people = new Set<string>()
  let hours = 0
  const lines: SessionLine[] = []
  for (const { doc, slots } of sessions) {
    const yearSlots = slots.filter((slot) => inYear(slot.start))
    let trainees = 0
    let sessionHours = 0
    for (const e of enrolments.filter((x) => relationId(x.session) === String(doc.id))) {
      // Only the half-days of the year: a session straddling two years counts its hours where they occurred.
      const indexes = (signedBy.get(String(e.id)) ?? []).filter((i) => slots[i] !== undefined && inYear(slots[i].start))
      const attended = hoursFromSignedHalfDays(slots, indexes)
      if (attended <= 0) continue
      trainees += 1
      sessionHours += attended
      people.add(relationId(e.participant) ?? `enrolment:${e.id}`)
    }
    hours += sessionHours
    const planned = yearSlots.reduce((sum, slot) => sum + slotHours(slot), 0)
    lines.push({
      id: String(doc.id),
      title: doc.title,
      firstDay: dayKey(yearSlots[0].start),
      lastDay: dayKey(yearSlots[yearSlots.length - 1].start),
      halfDays: yearSlots.length,
      plannedHours: planned,
      trainees,
      hours: sessionHours,
    })
    if (trainees === 0) alerts.push(`Session sans stagiaire ayant signé en ${year} : ${doc.title}`)
  }
  lines.sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.title.localeCompare(b.title, 'fr'))

  const products = await yearProducts(payload, year, alerts, ofFederation)
  const traineeCount = people.size
  const withTotal = (rows: readonly Omit<TraineeLine, 'trainees' | 'hours'>[], filled: string, total?: string): TraineeLine[] => [
    ...rows.map((r) => (r.line === filled ? { ...r, trainees: traineeCount, hours } : { ...r, trainees: 0, hours: 0 })),
    ...(total ? [{ line: total, label: 'Total des stagiaires', trainees: traineeCount, hours }] : []),
  ]
  return {
    year,
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    generatedAt: now.toISOString(),
    organisation: await loadOrganisation(payload, undefined, federationId),
    trainees: withTotal(F1, 'F-1 a', 'F-1 total'),
    objectives: withTotal(F3, 'F-3 d'),
    products: products.lines,
    productsTotal: products.total,
    totals: { trainees: traineeCount, hours, sessions: lines.length, plannedHours: lines.reduce((s, l) => s + l.plannedHours, 0) },
    sessions: lines,
    alerts,
  }
}

/** Cadre C: the billed files of the year (their session starts in it), summed by funder type. */
async function yearProducts(payload: Payload, year: number, alerts: string[], ofFederation: Where): Promise<{ lines: ProductLine[]; total: number }> {
  const files = (
    await payload.find({ collection: 'funding-files', where: { and: [{ billingStatus: { in: [...BILLED_STATES] } }, ...(Object.keys(ofFederation).length ? [ofFederation] : [])] }, depth: 0, pagination: false, overrideAccess: true })
  ).docs
  const sums: Record<FunderType, { amount: number; files: number }> = { employer: { amount: 0, files: 0 }, opco: { amount: 0, files: 0 }, other: { amount: 0, files: 0 } }
  // A file written without its session's start (history, imports) takes its session's first half-day.
  const sessionIds = [...new Set(files.filter((f) => !f.sessionStart).map((f) => relationId(f.session)).filter((id): id is string => Boolean(id)))]
  const sessionStarts = new Map<string, string | undefined>()
  if (sessionIds.length) {
    const { docs } = await payload.find({ collection: 'sessions', where: { id: { in: sessionIds } }, depth: 0, pagination: false, overrideAccess: true })
    for (const s of docs) sessionStarts.set(String(s.id), firstSlotStart(s.slots))
  }
  for (const file of files) {
    const start = file.sessionStart ?? sessionStarts.get(relationId(file.session) ?? '')
    if (!start) {
      alerts.push(`Dossier facturé sans date de session : ${file.reference ?? file.id}`)
      continue
    }
    if (parisYear(new Date(start)) !== year) continue
    const amounts = fileProducts(file)
    const total = amounts.opco + amounts.employer + amounts.other
    if (total === 0) alerts.push(`Dossier facturé sans montant : ${file.reference ?? file.id}`)
    for (const funder of Object.keys(sums) as FunderType[]) {
      if (amounts[funder] <= 0) continue
      sums[funder].amount += amounts[funder]
      sums[funder].files += 1
    }
  }
  const lines = (['employer', 'opco', 'other'] as const).map((funder) => ({ ...C[funder], ...sums[funder] }))
  return { lines, total: lines.reduce((s, l) => s + l.amount, 0) }
}
