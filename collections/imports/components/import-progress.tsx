'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface ImportDoc {
  status?: 'running' | 'done' | 'refused' | 'failed'
  total?: number
  processed?: number
  created?: number
  updated?: number
  unchanged?: number
  rejected?: number
  fileError?: string
}

const TEXT = {
  fr: { progress: 'Avancement de l’import', lines: 'lignes traitées', created: 'créées', updated: 'mises à jour', unchanged: 'inchangées', rejected: 'refusées', report: 'Télécharger le rapport d’erreurs (CSV)' },
  en: { progress: 'Import progress', lines: 'lines processed', created: 'created', updated: 'updated', unchanged: 'unchanged', rejected: 'refused', report: 'Download the error report (CSV)' },
}

/** The import's progress figure, refreshed every second while it runs, and its error report. */
export function ImportProgress() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = TEXT[i18n.language === 'en' ? 'en' : 'fr']
  const [doc, setDoc] = useState<ImportDoc>()

  useEffect(() => {
    if (!id) return
    let stop = false
    const load = async () => {
      const res = await fetch(`/api/structure-imports/${id}?depth=0`, { credentials: 'include' })
      if (!res.ok || stop) return
      const next = (await res.json()) as ImportDoc
      setDoc(next)
      if (next.status === 'running') setTimeout(() => void load(), 1000)
    }
    void load()
    return () => {
      stop = true
    }
  }, [id])

  if (!id || !doc) return null
  const total = doc.total ?? 0
  const processed = doc.processed ?? 0
  const percent = total ? Math.round((processed / total) * 100) : doc.status === 'refused' ? 0 : 100
  return (
    <div className="essaim-import-progress" style={{ marginBottom: 24 }}>
      {doc.status !== 'refused' && (
        <>
          <div
            role="progressbar"
            aria-label={t.progress}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            style={{ background: 'var(--theme-elevation-100)', height: 12, borderRadius: 6, overflow: 'hidden' }}
          >
            <div style={{ width: `${percent}%`, height: '100%', background: 'var(--theme-success-500)', transition: 'width .5s' }} />
          </div>
          <p aria-live="polite">
            <strong>
              {processed.toLocaleString(i18n.language)} / {total.toLocaleString(i18n.language)}
            </strong>{' '}
            {t.lines} ({percent} %) · {doc.created ?? 0} {t.created} · {doc.updated ?? 0} {t.updated} · {doc.unchanged ?? 0} {t.unchanged} ·{' '}
            {doc.rejected ?? 0} {t.rejected}
          </p>
        </>
      )}
      {doc.fileError && <p role="alert" style={{ borderLeft: '4px solid var(--theme-error-500)', paddingLeft: 8 }}>{doc.fileError}</p>}
      {((doc.rejected ?? 0) > 0 || doc.status === 'refused') && (
        <a className="btn btn--style-secondary btn--size-small" href={`/api/structure-imports/${id}/errors.csv`}>
          {t.report}
        </a>
      )}
    </div>
  )
}
