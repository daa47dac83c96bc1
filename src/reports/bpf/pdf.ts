import { fields, heading, paragraph, renderPdf, subheading, table, bullets, type Column } from '../../documents/pdf'
import { frNumber } from './csv'
import type { BpfFigures, TraineeLine } from './figures'

const euros = (n: number): string => `${frNumber(Math.round(n * 100) / 100)} €`
const day = (key: string): string => key.split('-').reverse().join('/')

const PEOPLE: Column[] = [
  { header: 'Ligne', width: 0.12 },
  { header: 'Libellé', width: 0.5 },
  { header: 'Stagiaires', width: 0.18, align: 'right' },
  { header: 'Heures-stagiaires', width: 0.2, align: 'right' },
]
const peopleRows = (lines: readonly TraineeLine[]) => lines.map((l) => [l.line, l.label, String(l.trainees), frNumber(l.hours)])

/**
 * The BPF as an archival PDF (the documents' helpers: embedded fonts, tagged, PDF/A-2b): the figures to copy into
 * Mon Activité Formation, cadre by cadre, then the sessions behind them and the points to check.
 */
export function bpfPdf(f: BpfFigures): Promise<Buffer> {
  const o = f.organisation
  return renderPdf(
    { title: `Bilan pédagogique et financier ${f.year}`, subject: `BPF (cerfa 10443) ${f.year} · ${o.name}`, author: o.name, createdAt: new Date(f.generatedAt) },
    (doc) => {
      heading(doc, `Bilan pédagogique et financier ${f.year}`)
      paragraph(doc, `Extrait calculé à partir des données enregistrées (cerfa n° 10443), à reporter sur Mon Activité Formation. Exercice du ${day(f.period.from)} au ${day(f.period.to)}.`)
      subheading(doc, 'A · Identification')
      fields(doc, [
        ['Organisme', o.name],
        ['SIRET', o.siret],
        ["Déclaration d'activité (NDA)", o.nda],
        ['Adresse', o.address],
      ])
      subheading(doc, 'C · Origine des produits (€ HT)')
      table(
        doc,
        [
          { header: 'Ligne', width: 0.12 },
          { header: 'Origine', width: 0.53 },
          { header: 'Dossiers', width: 0.15, align: 'right' },
          { header: 'Montant', width: 0.2, align: 'right' },
        ],
        [
          ...f.products.map((p) => [p.line, p.label, String(p.files), euros(p.amount)]),
          ['Total', 'Total des produits', String(f.products.reduce((s, p) => s + p.files, 0)), euros(f.productsTotal)],
        ],
      )
      subheading(doc, 'F-1 · Stagiaires par type')
      table(doc, PEOPLE, peopleRows(f.trainees))
      subheading(doc, 'F-3 · Objectif général des prestations')
      table(doc, PEOPLE, peopleRows(f.objectives))
      subheading(doc, `Actions : ${f.totals.sessions} session(s), ${frNumber(f.totals.plannedHours)} heures prévues`)
      table(
        doc,
        [
          { header: 'Session', width: 0.4 },
          { header: 'Dates', width: 0.24 },
          { header: 'Heures prévues', width: 0.12, align: 'right' },
          { header: 'Stagiaires', width: 0.12, align: 'right' },
          { header: 'Heures-stagiaires', width: 0.12, align: 'right' },
        ],
        f.sessions.map((s) => [s.title, `${day(s.firstDay)} – ${day(s.lastDay)}`, frNumber(s.plannedHours), String(s.trainees), frNumber(s.hours)]),
      )
      if (f.alerts.length) {
        subheading(doc, 'À vérifier avant le dépôt')
        bullets(doc, f.alerts)
      }
      paragraph(
        doc,
        "Stagiaires : personnes ayant signé au moins une demi-journée dans l'année (une personne absente à toutes n'est pas comptée). Heures-stagiaires : durée des demi-journées signées. Produits : dossiers facturés ou payés dont la session commence dans l'année.",
        { align: 'left' },
      )
    },
  )
}
