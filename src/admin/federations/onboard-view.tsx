import type { AdminViewServerProps, Payload } from 'payload'
import { redirect } from 'next/navigation'
import React from 'react'
import { FEDERATION_PHASES, FEDERATION_PHASE_LABELS } from '../../../collections/federations/phases'
import { hasRole } from '../../access/roles'
import { REGIONS } from '../../validation/departements'
import { AdminFrame } from '../dashboard/admin-frame'
import { OnboardForm, type Choice } from './onboard-form'
import { ONBOARD_VIEW_PATH } from './onboard-path'
import { ONBOARD_TEXT, type OnboardLang } from './onboard-text'
import './onboard.css'

/** Campaigns to copy, national ones (the programme's template) first. */
async function templateChoices(payload: Payload): Promise<Choice[]> {
  const { docs } = await payload.find({ collection: 'campaigns', depth: 0, pagination: false, sort: 'title', overrideAccess: true, select: { title: true, phase: true } })
  const national = docs.filter((c) => c.phase === 'national')
  const others = docs.filter((c) => c.phase !== 'national')
  return [...national, ...others].map((c) => ({ value: String(c.id), label: c.phase === 'national' ? `${c.title} (national)` : c.title }))
}

/** /admin/federations/onboard: a new federation in one step (src/federations/onboard.ts), for administrators. */
export async function OnboardFederationView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const lang: OnboardLang = req.i18n.language === 'en' ? 'en' : 'fr'
  const t = ONBOARD_TEXT[lang]
  const { admin: adminRoute, api: apiRoute } = req.payload.config.routes
  // Signed out: to the login page, back here afterwards (Payload leaves custom views' access to them).
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${ONBOARD_VIEW_PATH}`)}`)
  if (!hasRole(req, 'admin')) {
    return (
      <AdminFrame view={view} className="ess-onboard" title={t.title}>
        <p className="ess-onboard__error">{t.adminsOnly}</p>
      </AdminFrame>
    )
  }
  const phases = FEDERATION_PHASES.map((value) => ({ value, label: FEDERATION_PHASE_LABELS[value][lang] }))
  const regions = Object.entries(REGIONS).map(([value, label]) => ({ value, label }))
  return (
    <AdminFrame view={view} className="ess-onboard" title={t.title}>
      <p className="ess-onboard__intro">{t.intro}</p>
      <OnboardForm lang={lang} apiRoute={apiRoute} adminRoute={adminRoute} phases={phases} templates={await templateChoices(req.payload)} regions={regions} />
    </AdminFrame>
  )
}
