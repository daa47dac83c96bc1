import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import React from 'react'
import { NATIONAL_ONLY, mayReadNationalDashboard } from '../../reports/national/access'
import { loadNationalDashboard } from '../../reports/national/load-national'
import { AdminFrame } from '../dashboard/admin-frame'
import type { Lang } from '../dashboard/labels'
import { NATIONAL_TEXT } from './labels'
import { NATIONAL_PATH } from './national-path'
import { NationalTable } from './national-table'
// The dashboard's sheet draws the target bars; this one the table.
import '../dashboard/dashboard.css'
import './national.css'

/** The national view, at /admin/vue-nationale: every federation's campaign figures side by side (admins, national role). */
export async function NationalDashboardView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'fr'
  const t = NATIONAL_TEXT[lang]
  const adminRoute = req.payload.config.routes.admin
  // Signed out: to the login page, back here afterwards (Payload leaves custom views' access to them).
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${NATIONAL_PATH}`)}`)
  const frame = (children: React.ReactNode) => (
    <AdminFrame view={view} className="ess-nat" title={t.title}>
      {children}
    </AdminFrame>
  )
  // Checked before anything is read: the figures are read with the system's rights.
  if (!mayReadNationalDashboard(req)) return frame(<p className="ess-nat__error" role="alert">{NATIONAL_ONLY[lang]}</p>)
  const dashboard = await loadNationalDashboard(req.payload, { adminRoute })
  return frame(
    <>
      <p className="ess-nat__intro">{t.intro}</p>
      {dashboard.federations.length === 0 ? <p className="ess-dash__empty">{t.none}</p> : <NationalTable dashboard={dashboard} lang={lang} />}
    </>,
  )
}
