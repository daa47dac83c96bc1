import { REGIONS } from '../../validation/departements'

/** What a coordinator narrows the dashboard to. Dates are calendar days (YYYY-MM-DD), both ends included. */
export interface DashboardFilters {
  campaign?: string
  region?: string
  from?: string
  to?: string
}

export type FiltersResult = { ok: true; filters: DashboardFilters } | { ok: false; error: { fr: string; en: string } }

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

const isCalendarDay = (value: string): boolean => {
  if (!DAY_PATTERN.test(value)) return false
  const d = new Date(`${value}T00:00:00.000Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/** Reads the filters from a query string's values; a wrong value is refused with a message, never ignored. */
export function parseDashboardFilters(query: Record<string, unknown>): FiltersResult {
  const filters: DashboardFilters = {}
  const campaign = text(query.campaign)
  if (campaign) filters.campaign = campaign
  const region = text(query.region)
  if (region) {
    if (!Object.hasOwn(REGIONS, region)) {
      return { ok: false, error: { fr: `Région inconnue : « ${region} ».`, en: `Unknown region: "${region}".` } }
    }
    filters.region = region
  }
  for (const key of ['from', 'to'] as const) {
    const value = text(query[key])
    if (!value) continue
    if (!isCalendarDay(value)) {
      return {
        ok: false,
        error: {
          fr: `Date « ${key === 'from' ? 'du' : 'au'} » invalide : « ${value} » (attendu AAAA-MM-JJ).`,
          en: `Invalid "${key}" date: "${value}" (expected YYYY-MM-DD).`,
        },
      }
    }
    filters[key] = value
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    return {
      ok: false,
      error: { fr: 'La période commence après sa fin.', en: 'The period starts after it ends.' },
    }
  }
  return { ok: true, filters }
}

/** The period's bounds as instants: from 00:00 UTC of `from` to the end of `to`. */
export function periodBounds(filters: DashboardFilters): { from?: Date; to?: Date } {
  return {
    from: filters.from ? new Date(`${filters.from}T00:00:00.000Z`) : undefined,
    to: filters.to ? new Date(`${filters.to}T23:59:59.999Z`) : undefined,
  }
}
