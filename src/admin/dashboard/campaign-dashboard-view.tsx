import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import React from 'react'
import { readsAsStaff } from '../../access/roles'
import { parseDashboardFilters } from '../../reports/dashboard/filters'
import { loadDashboard } from '../../reports/dashboard/load'
import { dashboardScopeFor } from '../../reports/dashboard/federation-scope'
import { REGIONS } from '../../validation/departements'
import { AdminFrame } from './admin-frame'
import { DashboardBody } from './dashboard-body'
import { DASHBOARD_PATH } from './dashboard-path'
import { BpfForm } from './bpf-form'
import { EvidenceForm } from './evidence-form'
import { FiltersForm } from './filters-form'
import { TEXT, type Lang } from './labels'
import './dashboard.css'

export { DASHBOARD_PATH }

/** The coordinators' campaign dashboard, at /admin/tableau-de-bord, in the admin's frame and navigation. */
export async function CampaignDashboardView(view: AdminViewServerProps) {
  const { initPageResult, searchParams } = view
  const { req } = initPageResult
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'fr'
  const t = TEXT[lang]
  const action = `${req.payload.config.routes.admin}${DASHBOARD_PATH}`
  const frame = (children: React.ReactNode) => (
    <AdminFrame view={view} className="ess-dash" title={t.title}>
      {children}
    </AdminFrame>
  )
  // Signed out: to the login page, back here afterwards (Payload leaves custom views' access to them).
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(action)}`)
  if (!readsAsStaff(req)) return frame(<p className="ess-dash__error">{t.staffOnly}</p>)

  const parsed = parseDashboardFilters((searchParams ?? {}) as Record<string, unknown>)
  const campaigns = (
    await req.payload.find({ collection: 'campaigns', depth: 0, pagination: false, sort: 'startDate', overrideAccess: true, select: { title: true } })
  ).docs.map((c) => ({ id: String(c.id), title: c.title }))
  const form = (filters: Parameters<typeof FiltersForm>[0]['filters']) => (
    <FiltersForm action={action} lang={lang} filters={filters} campaigns={campaigns} regions={Object.keys(REGIONS)} />
  )
  if (!parsed.ok) return frame(<>{form({})}<p className="ess-dash__error" role="alert">{parsed.error[lang]}</p></>)
  const result = await loadDashboard(req.payload, parsed.filters, { federation: dashboardScopeFor(req) })
  if (!result.ok) return frame(<>{form(parsed.filters)}<p className="ess-dash__error" role="alert">{result.error[lang]}</p></>)
  return frame(
    <>
      <p className="ess-dash__intro">{t.intro}</p>
      {form(parsed.filters)}
      <DashboardBody dashboard={result.dashboard} lang={lang} />
      <EvidenceForm apiRoute={req.payload.config.routes.api} lang={lang} from={parsed.filters.from} to={parsed.filters.to} />
      <BpfForm apiRoute={req.payload.config.routes.api} lang={lang} />
    </>,
  )
}
