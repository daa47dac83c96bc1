import { toCsv, type CsvCell } from '../../import/csv'
import type { BpfFigures } from './figures'

export const BPF_CSV_HEADER = ['Cadre', 'Ligne', 'Libellé', 'Nombre', 'Heures', 'Montant (€ HT)'] as const

/** A number as French spreadsheets read it: « 10,5 », integers as they are. */
export const frNumber = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace('.', ','))

/**
 * The BPF as one CSV table (UTF-8 with BOM, ';', CRLF: the importer's writer, so French Excel opens it): the
 * organisation (cadre A), the period (B), the products (C), the trainees (F-1), the objectives (F-3), then one
 * line per session (the drill-down) and the points to check.
 */
export function bpfCsv(f: BpfFigures): string {
  const o = f.organisation
  const rows: CsvCell[][] = [
    [...BPF_CSV_HEADER],
    ['A', 'Raison sociale', o.name, '', '', ''],
    ['A', 'SIRET', o.siret, '', '', ''],
    ['A', "Numéro de déclaration d'activité", o.nda, '', '', ''],
    ['A', 'Adresse', o.address, '', '', ''],
    ['B', 'Exercice', `du ${f.period.from} au ${f.period.to}`, '', '', ''],
    ...f.products.map((p) => ['C', p.line, p.label, p.files, '', frNumber(p.amount)]),
    ['C', 'C total', 'Total des produits', f.products.reduce((s, p) => s + p.files, 0), '', frNumber(f.productsTotal)],
    ...f.trainees.map((t) => ['F-1', t.line, t.label, t.trainees, frNumber(t.hours), '']),
    ...f.objectives.map((t) => ['F-3', t.line, t.label, t.trainees, frNumber(t.hours), '']),
    ['Actions', 'Sessions', 'Sessions ayant des demi-journées dans l’année (heures prévues)', f.totals.sessions, frNumber(f.totals.plannedHours), ''],
    ...f.sessions.map((s) => [
      'Session',
      `${s.firstDay} → ${s.lastDay}`,
      `${s.title} (${s.halfDays} demi-journée(s), ${frNumber(s.plannedHours)} h prévues)`,
      s.trainees,
      frNumber(s.hours),
      '',
    ]),
    ...f.alerts.map((a) => ['À vérifier', '', a, '', '', '']),
  ]
  return toCsv(rows)
}

/** `bpf-2026.csv`, or `bpf-2026-fas-bretagne.csv` for one federation's. */
export const bpfFilename = (year: number, format: 'csv' | 'pdf', federationSlug?: string): string =>
  `bpf-${year}${federationSlug ? `-${federationSlug}` : ''}.${format}`
