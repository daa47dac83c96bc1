import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'
import { isStaff } from '../../access/roles'
import { parseDashboardFilters } from '../../reports/dashboard/filters'
import { loadDashboard } from '../../reports/dashboard/load'
import { REGIONS } from '../../validation/departements'
import { DashboardBody } from './dashboard-body'
import { DASHBOARD_PATH } from './dashboard-path'
import { EvidenceForm } from './evidence-form'
import { FiltersForm } from './filters-form'
import { TEXT, type Lang } from './labels'
import './dashboard.css'

export { DASHBOARD_PATH }

/** The coordinators' campaign dashboard, at /admin/tableau-de-bord, in the admin's frame and navigation. */
export async function CampaignDashboardView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'fr'
  const t = TEXT[lang]
  const action = `${req.payload.config.routes.admin}${DASHBOARD_PATH}`
  const frame = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter className="ess-dash">
        <h1>{t.title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  // Signed out: to the login page, back here afterwards (Payload leaves custom views' access to them).
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(action)}`)
  if (!isStaff(req)) return frame(<p className="ess-dash__error">{t.staffOnly}</p>)

  const parsed = parseDashboardFilters((searchParams ?? {}) as Record<string, unknown>)
  const campaigns = (
    await req.payload.find({ collection: 'campaigns', depth: 0, pagination: false, sort: 'startDate', overrideAccess: true, select: { title: true } })
  ).docs.map((c) => ({ id: String(c.id), title: c.title }))
  const form = (filters: Parameters<typeof FiltersForm>[0]['filters']) => (
    <FiltersForm action={action} lang={lang} filters={filters} campaigns={campaigns} regions={Object.keys(REGIONS)} />
  )
  if (!parsed.ok) return frame(<>{form({})}<p className="ess-dash__error" role="alert">{parsed.error[lang]}</p></>)
  const result = await loadDashboard(req.payload, parsed.filters)
  if (!result.ok) return frame(<>{form(parsed.filters)}<p className="ess-dash__error" role="alert">{result.error[lang]}</p></>)
  return frame(
    <>
      <p className="ess-dash__intro">{t.intro}</p>
      {form(parsed.filters)}
      <DashboardBody dashboard={result.dashboard} lang={lang} />
      <EvidenceForm apiRoute={req.payload.config.routes.api} lang={lang} from={parsed.filters.from} to={parsed.filters.to} />
    </>,
  )
}
