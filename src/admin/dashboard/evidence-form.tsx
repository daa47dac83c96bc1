import React from 'react'
import type { Lang } from './labels'

const TEXT = {
  fr: { title: 'Preuves Qualiopi', intro: 'Une archive par période : un dossier par indicateur (1, 2, 4, 9, 11, 12, 30, 31, 32).', from: 'Du', to: 'au', download: 'Télécharger l’archive' },
  en: { title: 'Qualiopi evidence', intro: 'One archive per period: a folder per indicator (1, 2, 4, 9, 11, 12, 30, 31, 32).', from: 'From', to: 'to', download: 'Download the archive' },
} as const

/** Downloads the evidence archive of a period (GET /api/reports/qualiopi-evidence, signed in by the admin's cookie). */
export function EvidenceForm({ apiRoute, lang, from, to }: { apiRoute: string; lang: Lang; from?: string; to?: string }) {
  const t = TEXT[lang]
  const year = new Date().getUTCFullYear()
  return (
    <section className="ess-dash__panel ess-dash__panel--wide">
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      <form method="get" action={`${apiRoute}/reports/qualiopi-evidence`} className="ess-dash__filters">
        <label>
          {t.from}
          <input type="date" name="from" required defaultValue={from ?? `${year}-01-01`} />
        </label>
        <label>
          {t.to}
          <input type="date" name="to" required defaultValue={to ?? `${year}-12-31`} />
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t.download}
        </button>
      </form>
    </section>
  )
}
