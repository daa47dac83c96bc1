import React from 'react'
import type { DashboardFilters } from '../../reports/dashboard/filters'
import { TEXT, regionLabel, type Lang } from './labels'

/** A plain GET form: the filters live in the address, so a filtered dashboard can be bookmarked and shared. */
export function FiltersForm(props: {
  action: string
  lang: Lang
  filters: DashboardFilters
  campaigns: readonly { id: string; title: string }[]
  regions: readonly string[]
}) {
  const t = TEXT[props.lang]
  const { filters } = props
  return (
    <form method="get" action={props.action} className="ess-dash__filters">
      <label>
        {t.campaign}
        <select name="campaign" defaultValue={filters.campaign ?? ''}>
          <option value="">{t.all}</option>
          {props.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.region}
        <select name="region" defaultValue={filters.region ?? ''}>
          <option value="">{t.all}</option>
          {props.regions.map((r) => (
            <option key={r} value={r}>
              {regionLabel(r)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.from}
        <input type="date" name="from" defaultValue={filters.from ?? ''} />
      </label>
      <label>
        {t.to}
        <input type="date" name="to" defaultValue={filters.to ?? ''} />
      </label>
      <button type="submit" className="btn btn--style-primary btn--size-small">
        {t.apply}
      </button>
      <a href={props.action}>{t.reset}</a>
    </form>
  )
}
