import { APPRECIATION_CHANNELS } from '../../../collections/financer-appreciations'
import { OPCOS } from '../../validation/idcc'
import { dayKey } from '../../email/format'
import { csvPart, day, sortRows } from './csv'
import type { EvidencePart, EvidenceScope } from './types'

const label = <T extends Record<string, { fr: string }>>(table: T, key: string): string => (table as Record<string, { fr: string }>)[key]?.fr ?? key

/**
 * The financers' appreciations (ind. 30: financeurs at least once a year) of the years the period touches (Paris
 * calendar years of its first and last day): one row per OPCO and year, with the rating and the free comment.
 */
export async function financerAppreciationsPart(scope: EvidenceScope, name: string): Promise<EvidencePart> {
  const first = Number(dayKey(scope.period.from).slice(0, 4))
  const last = Number(dayKey(scope.period.to).slice(0, 4))
  const { docs } = await scope.payload.find({
    collection: 'financer-appreciations',
    // The scope's federations' appreciations when it has some (a coordinator's archive).
    where: { and: [{ year: { greater_than_equal: first } }, { year: { less_than_equal: last } }, ...(scope.period.federations ? [{ federation: { in: [...scope.period.federations] } }] : [])] },
    depth: 0,
    pagination: false,
    sort: 'collectedAt',
    overrideAccess: true,
  })
  const header = [
    'Année / Year',
    'OPCO / OPCO',
    'Recueillie le / Collected on',
    'Contact / Contact',
    'Courriel / E-mail',
    'Recueillie par / Collected by',
    'Appréciation (sur 5) / Rating (out of 5)',
    'Commentaire / Comment',
  ]
  const rows = docs.map((d) => [d.year, label(OPCOS, d.opco), day(d.collectedAt), d.contactName, d.contactEmail ?? '', label(APPRECIATION_CHANNELS, d.channel), d.rating, d.comment ?? ''])
  return csvPart(name, { fr: 'appréciation(s) annuelle(s) des financeurs (OPCO)', en: 'yearly financer (OPCO) appreciation(s)' }, header, sortRows(rows, [0, 1]))
}
