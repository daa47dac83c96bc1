import { dayKey } from '../../email/format'

/** The first year a BPF can be asked for (the demo's history starts in 2013); anything earlier is a typing slip. */
export const FIRST_BPF_YEAR = 2000

export type YearResult = { ok: true; year: number } | { ok: false; error: { fr: string; en: string } }

/** The calendar year of an instant, in Paris (where the half-days take place). */
export const parisYear = (d: Date): number => Number(dayKey(d).slice(0, 4))

/**
 * The BPF's calendar year, from a query string or the command line: four digits, not in the future (the current
 * year gives a draft of the year so far). A wrong value is refused with a message, never guessed.
 */
export function parseBpfYear(value: unknown, now: Date = new Date()): YearResult {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
  if (!text) return { ok: false, error: { fr: 'Année manquante (attendu AAAA, par ex. 2026).', en: 'Missing year (expected YYYY, e.g. 2026).' } }
  if (!/^\d{4}$/.test(text)) {
    return { ok: false, error: { fr: `Année invalide : « ${text} » (attendu AAAA, par ex. 2026).`, en: `Invalid year: "${text}" (expected YYYY, e.g. 2026).` } }
  }
  const year = Number(text)
  const current = parisYear(now)
  if (year > current) {
    return { ok: false, error: { fr: `L’année ${year} n’a pas commencé : pas de bilan possible.`, en: `Year ${year} has not started: no report possible.` } }
  }
  if (year < FIRST_BPF_YEAR) {
    return { ok: false, error: { fr: `Année ${year} trop ancienne (à partir de ${FIRST_BPF_YEAR}).`, en: `Year ${year} is too early (from ${FIRST_BPF_YEAR}).` } }
  }
  return { ok: true, year }
}

export const bilingualMessage = (error: { fr: string; en: string }): string => `${error.fr} / ${error.en}`
