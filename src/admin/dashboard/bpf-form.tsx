import React from 'react'
import type { Lang } from './labels'

const TEXT = {
  fr: {
    title: 'Bilan pédagogique et financier (BPF)',
    intro: 'Les chiffres du cerfa 10443 d’une année civile, calculés à partir des données enregistrées : stagiaires, heures-stagiaires, produits par financeur, sessions.',
    year: 'Année',
    csv: 'Télécharger le CSV',
    pdf: 'Télécharger le PDF',
  },
  en: {
    title: 'Yearly training report (BPF)',
    intro: 'The cerfa 10443 figures of a calendar year, computed from the recorded data: trainees, hours-trainees, products by funder, sessions.',
    year: 'Year',
    csv: 'Download the CSV',
    pdf: 'Download the PDF',
  },
} as const

/** Downloads the BPF of a year (GET /api/reports/bpf, signed in by the admin's cookie): the button sets the format. */
export function BpfForm({ apiRoute, lang }: { apiRoute: string; lang: Lang }) {
  const t = TEXT[lang]
  const current = new Date().getUTCFullYear()
  return (
    <section className="ess-dash__panel ess-dash__panel--wide">
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      <form method="get" action={`${apiRoute}/reports/bpf`} className="ess-dash__filters">
        <label>
          {t.year}
          <input type="number" name="year" required min={2000} max={current} defaultValue={current - 1} />
        </label>
        <button type="submit" name="format" value="csv" className="btn btn--style-secondary btn--size-small">
          {t.csv}
        </button>
        <button type="submit" name="format" value="pdf" className="btn btn--style-secondary btn--size-small">
          {t.pdf}
        </button>
      </form>
    </section>
  )
}
