'use client'
import { useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

const TEXT = {
  fr: {
    title: 'Importer des structures (CSV ou XLSX)',
    file: 'Fichier à importer',
    federation: 'Fédération des nouvelles structures',
    choose: 'Choisir…',
    help: 'Colonnes : siret, nom, type, departement, commune (obligatoires) ; code_postal, adresse, email, association_gestionnaire, idcc, effectif, animateur_email. Mise à jour par SIRET. Format détaillé : docs/import-format.md.',
    send: 'Importer',
    sending: 'Lecture du fichier…',
    open: 'Voir l’import',
  },
  en: {
    title: 'Import structures (CSV or XLSX)',
    file: 'File to import',
    federation: 'Federation of the new structures',
    choose: 'Choose…',
    help: 'Columns: siret, nom, type, departement, commune (required); code_postal, adresse, email, association_gestionnaire, idcc, effectif, animateur_email. Updated by SIRET. Full format: docs/import-format.md.',
    send: 'Import',
    sending: 'Reading the file…',
    open: 'Open the import',
  },
}

/** Above the imports list: pick a file, send it; the new import's page then shows its progress. */
export function ImportUploader() {
  const { i18n } = useTranslation()
  const t = TEXT[i18n.language === 'en' ? 'en' : 'fr']
  const [file, setFile] = useState<File>()
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<{ message: string; id?: string }>()
  // The federations the importer may import into (their read access): a choice only when there are several.
  const [federations, setFederations] = useState<{ id: string; name: string }[]>([])
  const [federation, setFederation] = useState('')
  useEffect(() => {
    void fetch('/api/federations?limit=100&depth=0&sort=name', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body: { docs?: { id: string; name: string }[] }) => setFederations(body.docs ?? []))
      .catch(() => setFederations([]))
  }, [])
  const choosing = federations.length > 1

  const send = async () => {
    if (!file || (choosing && !federation)) return
    setBusy(true)
    setRefusal(undefined)
    const form = new FormData()
    form.append('file', file)
    const target = choosing ? `/api/structure-imports/upload?federation=${encodeURIComponent(federation)}` : '/api/structure-imports/upload'
    const res = await fetch(target, { method: 'POST', credentials: 'include', body: form })
    const body = (await res.json()) as { id?: string; message?: string }
    setBusy(false)
    if (res.status === 202 && body.id) window.location.assign(`/admin/collections/structure-imports/${body.id}`)
    else setRefusal({ message: body.message ?? res.statusText, id: body.id })
  }

  return (
    <div className="essaim-import-uploader" style={{ border: '1px solid var(--theme-elevation-150)', padding: 16, marginBottom: 24, borderRadius: 4 }}>
      <h4 style={{ marginTop: 0 }}>{t.title}</h4>
      <p style={{ fontSize: 13 }}>{t.help}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void send()
        }}
        style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}
      >
        {choosing && (
          <>
            <label htmlFor="structure-import-federation">{t.federation}</label>
            <select id="structure-import-federation" required value={federation} onChange={(e) => setFederation(e.target.value)}>
              <option value="">{t.choose}</option>
              {federations.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor="structure-import-file">{t.file}</label>
        <input id="structure-import-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0])} />
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={!file || busy || (choosing && !federation)}>
          {busy ? t.sending : t.send}
        </button>
      </form>
      {refusal && (
        <p role="alert" style={{ borderLeft: '4px solid var(--theme-error-500)', paddingLeft: 8 }}>
          {refusal.message}{' '}
          {refusal.id && <a href={`/admin/collections/structure-imports/${refusal.id}`}>{t.open}</a>}
        </p>
      )}
    </div>
  )
}
