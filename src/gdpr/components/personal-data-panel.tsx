'use client'
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Subject = 'participant' | 'user'
type Lang = 'fr' | 'en'

const TEXT = {
  title: { fr: 'Données personnelles (RGPD)', en: 'Personal data (GDPR)' },
  help: {
    fr: 'À la demande de la personne : tout ce qu’essaim conserve sur elle, ou son effacement par anonymisation. Chaque demande est inscrite au registre (Suivi › Demandes RGPD).',
    en: 'At the person’s request: everything essaim holds about them, or its erasure by anonymisation. Each request is written in the register (Follow-up › GDPR requests).',
  },
  pdf: { fr: 'Exporter (PDF lisible)', en: 'Export (readable PDF)' },
  json: { fr: 'Exporter (JSON)', en: 'Export (JSON)' },
  confirm: {
    fr: 'Je confirme l’effacement demandé : il est définitif. Les feuilles d’émargement et certificats gardent le nom le temps légal.',
    en: 'I confirm the requested erasure: it cannot be undone. Attendance sheets and certificates keep the name for the legal period.',
  },
  erase: { fr: 'Anonymiser', en: 'Anonymise' },
  working: { fr: 'Effacement en cours…', en: 'Erasing…' },
  done: { fr: 'Données effacées par anonymisation.', en: 'Data erased by anonymisation.' },
  already: { fr: 'Ces données avaient déjà été effacées.', en: 'These data had already been erased.' },
  failed: { fr: 'L’effacement n’a pas pu se faire.', en: 'The erasure could not be done.' },
} as const

/**
 * In the sidebar of a participant's or an account's edit view, for coordinators and admins: the export links and
 * the erasure (src/gdpr/endpoints.ts). Plain buttons, no form: a form inside Payload's edit view would submit the
 * document.
 */
export function PersonalDataPanel({ subject }: { subject: Subject }) {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string | null }>()
  const { i18n } = useTranslation()
  const router = useRouter()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fr'
  const [confirmed, setConfirmed] = useState(false)
  const [state, setState] = useState<{ busy: boolean; message?: string; error?: boolean }>({ busy: false })
  // Accounts hold one `role` (collections/users): the panel was hidden from everyone when it read `roles`.
  if (!id || (user?.role !== 'admin' && user?.role !== 'coordinator')) return null

  const exportHref = (format: 'pdf' | 'json') => `/api/personal-data/export?${subject}=${encodeURIComponent(String(id))}&format=${format}`
  const erase = async () => {
    setState({ busy: true, message: TEXT.working[lang] })
    const res = await fetch('/api/personal-data/erase', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ [subject]: String(id), confirm: true }),
    }).catch(() => undefined)
    const body = (await res?.json().catch(() => undefined)) as { alreadyErased?: boolean; message?: string } | undefined
    if (!res?.ok) return setState({ busy: false, error: true, message: body?.message ?? TEXT.failed[lang] })
    setState({ busy: false, message: body?.alreadyErased ? TEXT.already[lang] : TEXT.done[lang] })
    setConfirmed(false)
    router.refresh()
  }

  return (
    <section className="personal-data-panel" aria-labelledby="personal-data-title" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="personal-data-title" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {TEXT.title[lang]}
      </h3>
      <p style={{ color: 'var(--theme-elevation-650)' }}>{TEXT.help[lang]}</p>
      <p>
        <a href={exportHref('pdf')}>{TEXT.pdf[lang]}</a>
        {' · '}
        <a href={exportHref('json')}>{TEXT.json[lang]}</a>
      </p>
      <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'flex-start' }}>
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        <span>{TEXT.confirm[lang]}</span>
      </label>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!confirmed || state.busy} onClick={erase}>
        {TEXT.erase[lang]}
      </button>
      {state.message && (
        <p role={state.error ? 'alert' : 'status'} style={{ color: state.error ? 'var(--theme-error-500)' : undefined }}>
          {state.message}
        </p>
      )}
    </section>
  )
}
