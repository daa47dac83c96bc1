'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { KitProgress } from '../../../src/campaigns/kit'
import { REGIONS } from '../../../src/validation/departements'

const TEXT = {
  fr: {
    kit: 'Envoi du kit',
    progress: 'Avancement de l’envoi du kit',
    status: { idle: 'non lancé', running: 'en cours', paused: 'en pause', finished: 'terminé' },
    sent: 'envoyés',
    failed: 'échecs',
    queued: 'en cours d’envoi',
    remaining: 'restants',
    noAddress: 'sans adresse e-mail',
    preview: 'Aperçu du message',
    launch: 'Envoyer le kit',
    relaunch: 'Relancer (nouvelles structures)',
    pause: 'Pause',
    resume: 'Reprendre',
    confirm: (n: number) => `Envoyer le kit à ${n} structure(s) de la région ?`,
    assign: 'Affecter les structures par département',
    assigned: (n: number, left: string) => `${n} structure(s) affectée(s).${left ? ` Sans animateur dans : ${left}.` : ''}`,
    clone: 'Nouvelle région à partir de cette campagne',
    region: 'Région',
    start: 'Début',
    create: 'Créer la campagne',
  },
  en: {
    kit: 'Kit mailing',
    progress: 'Kit mailing progress',
    status: { idle: 'not launched', running: 'running', paused: 'paused', finished: 'finished' },
    sent: 'sent',
    failed: 'failed',
    queued: 'in delivery',
    remaining: 'remaining',
    noAddress: 'without an e-mail address',
    preview: 'Preview the message',
    launch: 'Send the kit',
    relaunch: 'Launch again (new structures)',
    pause: 'Pause',
    resume: 'Resume',
    confirm: (n: number) => `Send the kit to ${n} structure(s) of the region?`,
    assign: 'Assign structures by département',
    assigned: (n: number, left: string) => `${n} structure(s) assigned.${left ? ` No facilitator in: ${left}.` : ''}`,
    clone: 'New region from this campaign',
    region: 'Region',
    start: 'Start',
    create: 'Create the campaign',
  },
}

interface KitInfo {
  progress: KitProgress
  problems: string[]
  region?: string
}

const post = async (url: string, body?: unknown) => {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })
  return { res, body: (await res.json()) as Record<string, unknown> }
}

/**
 * In the campaign's sidebar: the kit mailing (preview, launch, pause, resume, and its progress refreshed every two
 * seconds while it runs), the assignment of the region's structures to facilitators, and the national roll-out
 * action that makes the campaign of another region from this one.
 */
export function CampaignPanel() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const t = TEXT[lang]
  const [info, setInfo] = useState<KitInfo>()
  const [message, setMessage] = useState<string>()
  const [target, setTarget] = useState({ region: '', startDate: '' })

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`/api/campaigns/${id}/kit`, { credentials: 'include' })
    if (res.ok) setInfo((await res.json()) as KitInfo)
  }, [id])

  useEffect(() => {
    void load()
  }, [load])
  // Refresh while kits are on their way.
  const moving = info?.progress.status === 'running' && !info.progress.finished
  useEffect(() => {
    if (!moving) return
    const timer = setInterval(() => void load(), 2000)
    return () => clearInterval(timer)
  }, [moving, load])

  if (!id || !info) return null
  const p = info.progress
  const act = async (action: 'launch' | 'pause' | 'resume') => {
    if (action === 'launch' && !window.confirm(t.confirm(p.remaining))) return
    const { res, body } = await post(`/api/campaigns/${id}/kit/${action}`)
    setMessage(res.ok ? undefined : String(body.message))
    await load()
  }
  const assign = async () => {
    const { res, body } = await post('/api/structures/assign-by-departement', { region: info.region })
    const left = Object.entries((body.unmatched ?? {}) as Record<string, number>)
      .map(([d, n]) => `${d} (${n})`)
      .join(', ')
    setMessage(res.ok ? t.assigned(Number(body.assigned), left) : String(body.message))
  }
  const clone = async () => {
    const { res, body } = await post(`/api/campaigns/${id}/clone`, target)
    if (res.status === 201 || (res.status === 409 && body.id)) window.location.assign(`/admin/collections/campaigns/${String(body.id)}`)
    else setMessage(String(body.message))
  }
  const total = p.sent + p.failed + p.queued + p.remaining
  const done = total ? Math.round(((p.sent + p.failed) / total) * 100) : 0
  const state = p.finished ? 'finished' : p.status
  const button = (label: string, onClick: () => void, primary = false, disabled = false) => (
    <button type="button" disabled={disabled} className={`btn btn--style-${primary ? 'primary' : 'secondary'} btn--size-small`} onClick={onClick} style={{ margin: '4px 4px 0 0' }}>
      {label}
    </button>
  )

  return (
    <div className="essaim-campaign-panel" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>
        {t.kit} · {t.status[state]}
      </h4>
      <div
        role="progressbar"
        aria-label={t.progress}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={done}
        style={{ background: 'var(--theme-elevation-100)', height: 10, borderRadius: 5, overflow: 'hidden' }}
      >
        <div style={{ width: `${done}%`, height: '100%', background: 'var(--theme-success-500)' }} />
      </div>
      <p style={{ fontSize: 13 }} aria-live="polite">
        <strong>{p.sent}</strong> {t.sent} · <strong>{p.failed}</strong> {t.failed} · {p.queued} {t.queued} · <strong>{p.remaining}</strong> {t.remaining}
        {p.noAddress > 0 && (
          <>
            <br />
            {p.noAddress} {t.noAddress}
          </>
        )}
      </p>
      {info.problems.map((problem) => (
        <p key={problem} style={{ borderLeft: '4px solid var(--theme-warning-500)', paddingLeft: 8, fontSize: 13 }}>
          {problem}
        </p>
      ))}
      <div>
        <a className="btn btn--style-secondary btn--size-small" href={`/api/campaigns/${id}/kit/preview?lang=${lang}`} target="_blank" rel="noreferrer" style={{ margin: '4px 4px 0 0' }}>
          {t.preview}
        </a>
        {p.status === 'idle' && button(t.launch, () => void act('launch'), true, info.problems.length > 0)}
        {p.status === 'running' && button(t.pause, () => void act('pause'))}
        {p.status === 'running' && button(t.relaunch, () => void act('launch'), false, p.remaining === 0)}
        {p.status === 'paused' && button(t.resume, () => void act('resume'), true)}
      </div>
      <hr />
      {button(t.assign, () => void assign())}
      <hr />
      <h4 style={{ margin: '0 0 8px' }}>{t.clone}</h4>
      <label style={{ display: 'block', fontSize: 12 }}>
        {t.region}
        <select value={target.region} onChange={(e) => setTarget({ ...target, region: e.target.value })} style={{ display: 'block', width: '100%' }}>
          <option value="" />
          {Object.entries(REGIONS).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
        {t.start}
        <input type="date" value={target.startDate} onChange={(e) => setTarget({ ...target, startDate: e.target.value })} style={{ display: 'block', width: '100%' }} />
      </label>
      {button(t.create, () => void clone(), false, !target.region || !target.startDate)}
      {message && (
        <p role="status" style={{ fontSize: 13 }}>
          {message}
        </p>
      )}
    </div>
  )
}
