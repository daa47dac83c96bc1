'use client'
import { useAuth, useTranslation } from '@payloadcms/ui'

const TEXT = {
  fr: { all: 'Exporter en CSV', mine: 'Ma liste de structures (CSV)', imports: 'Importer un fichier' },
  en: { all: 'Export as CSV', mine: 'My worklist (CSV)', imports: 'Import a file' },
}

/** Above the structures list: the export (what the person may read) and, for a facilitator, their worklist. */
export function ExportLinks() {
  const { user } = useAuth<{ role?: string }>()
  const { i18n } = useTranslation()
  const t = TEXT[i18n.language === 'en' ? 'en' : 'fr']
  const role = user?.role
  const staff = role === 'admin' || role === 'coordinator'
  return (
    <div style={{ display: 'flex', gap: 8, marginBottom: 16 }}>
      <a className="btn btn--style-secondary btn--size-small" href="/api/structures/export.csv">
        {t.all}
      </a>
      {role === 'facilitator' && (
        <a className="btn btn--style-secondary btn--size-small" href="/api/structures/worklist.csv">
          {t.mine}
        </a>
      )}
      {staff && (
        <a className="btn btn--style-secondary btn--size-small" href="/admin/collections/structure-imports">
          {t.imports}
        </a>
      )}
    </div>
  )
}
