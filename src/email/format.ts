import type { Lang, Slot } from './types'

/** All dates are shown in the federation's time zone, whatever the server's. */
export const TIME_ZONE = 'Europe/Paris'

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' }

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function dtf(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`
  let f = dateFormats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: TIME_ZONE })
    dateFormats.set(key, f)
  }
  return f
}

const FULL: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }

function checkDate(d: Date, what: string): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime()))
    throw new RangeError(`${what}: not a valid date (${String(d)})`)
}

interface DateParts {
  weekday: string
  day: string
  month: string
  year: string
}

function parts(lang: Lang, d: Date): DateParts {
  const out: DateParts = { weekday: '', day: '', month: '', year: '' }
  for (const p of dtf(lang, FULL).formatToParts(d)) {
    if (p.type === 'weekday' || p.type === 'day' || p.type === 'month' || p.type === 'year') out[p.type] = p.value
  }
  // French writes the first day of a month as an ordinal: « jeudi 1er octobre ».
  if (lang === 'fr' && out.day === '1') out.day = '1er'
  return out
}

/** « lundi 12 octobre 2026 » / "Monday, 12 October 2026", in the Europe/Paris time zone. */
export function formatDate(lang: Lang, d: Date): string {
  checkDate(d, 'formatDate')
  const text = dtf(lang, FULL).format(d)
  return lang === 'fr' ? text.replace(/^(\S+ )1 /, '$11er ') : text
}

/** French long date: « lundi 12 octobre 2026 ». */
export function formatDateFr(d: Date): string {
  return formatDate('fr', d)
}

/** « 9 h », « 12 h 30 » / "09:00", "12:30". */
export function formatTime(lang: Lang, d: Date): string {
  checkDate(d, 'formatTime')
  const f = dtf(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  if (lang === 'en') return f.format(d)
  let hour = ''
  let minute = ''
  for (const p of f.formatToParts(d)) {
    if (p.type === 'hour') hour = String(Number(p.value))
    if (p.type === 'minute') minute = p.value
  }
  return minute === '00' ? `${hour} h` : `${hour} h ${minute}`
}

/** « lundi 12 octobre 2026 à 9 h » / "Monday, 12 October 2026 at 09:00". */
export function formatDateTime(lang: Lang, d: Date): string {
  return lang === 'fr'
    ? `${formatDate(lang, d)} à ${formatTime(lang, d)}`
    : `${formatDate(lang, d)} at ${formatTime(lang, d)}`
}

/** Calendar day in Paris, as a sortable key: « 2026-10-19 ». */
export function dayKey(d: Date): string {
  checkDate(d, 'dayKey')
  const p: Record<string, string> = {}
  for (const part of dtf('en', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d))
    p[part.type] = part.value
  return `${p.year}-${p.month}-${p.day}`
}

/**
 * A span of days, for use inside a sentence: « du lundi 12 au mercredi 14 octobre 2026 », « le lundi 12 octobre 2026 »;
 * "from Monday 12 to Wednesday 14 October 2026", "on Monday, 12 October 2026".
 */
export function formatDateRange(lang: Lang, start: Date, end?: Date): string {
  checkDate(start, 'formatDateRange')
  if (end === undefined || dayKey(start) === dayKey(end)) {
    return lang === 'fr' ? `le ${formatDate(lang, start)}` : `on ${formatDate(lang, start)}`
  }
  checkDate(end, 'formatDateRange')
  const a = parts(lang, start)
  const b = parts(lang, end)
  const last = `${b.weekday} ${b.day} ${b.month} ${b.year}`
  const first =
    a.year !== b.year
      ? `${a.weekday} ${a.day} ${a.month} ${a.year}`
      : a.month !== b.month
        ? `${a.weekday} ${a.day} ${a.month}`
        : `${a.weekday} ${a.day}`
  return lang === 'fr' ? `du ${first} au ${last}` : `from ${first} to ${last}`
}

function timeSpan(lang: Lang, slot: Slot): string {
  return lang === 'fr'
    ? `de ${formatTime(lang, slot.start)} à ${formatTime(lang, slot.end)}`
    : `${formatTime(lang, slot.start)}–${formatTime(lang, slot.end)}`
}

/** One half-day: « lundi 12 octobre 2026, de 9 h à 12 h 30 » / "Monday, 12 October 2026, 09:00–12:30". */
export function formatSlot(lang: Lang, slot: Slot): string {
  return `${formatDate(lang, slot.start)}, ${timeSpan(lang, slot)}`
}

/**
 * A session's timetable, one line per day: « lundi 12 octobre 2026 : de 9 h à 12 h 30 et de 13 h 30 à 17 h »
 * / "Monday, 12 October 2026: 09:00–12:30 and 13:30–17:00".
 */
export function formatSchedule(lang: Lang, slots: readonly Slot[]): string[] {
  const byDay = new Map<string, Slot[]>()
  for (const s of [...slots].sort((x, y) => x.start.getTime() - y.start.getTime())) {
    const key = dayKey(s.start)
    byDay.set(key, [...(byDay.get(key) ?? []), s])
  }
  return [...byDay.values()].map((day) => {
    const spans = formatList(
      lang,
      day.map((s) => timeSpan(lang, s)),
    )
    return lang === 'fr'
      ? `${formatDate(lang, day[0].start)} : ${spans}`
      : `${formatDate(lang, day[0].start)}: ${spans}`
  })
}

/** Sum of the slots' durations, in hours. */
export function totalHours(slots: readonly Slot[]): number {
  return slots.reduce((h, s) => h + (s.end.getTime() - s.start.getTime()) / 3_600_000, 0)
}

/** « 21 heures », « 3,5 heures » / "21 hours". */
export function formatHours(lang: Lang, hours: number): string {
  if (!Number.isFinite(hours)) throw new RangeError(`formatHours: not a number (${String(hours)})`)
  const n = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(hours)
  return lang === 'fr' ? `${n} ${hours >= 2 ? 'heures' : 'heure'}` : `${n} ${hours === 1 ? 'hour' : 'hours'}`
}

const amountFormats: Record<Lang, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
}

/** « 4 800,00 € » (with the no-break spaces Intl puts there) / "€4,800.00". */
export function formatAmount(lang: Lang, n: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new RangeError(`formatAmount: not an amount (${String(n)})`)
  return amountFormats[lang].format(n)
}

/** « a, b et c » / "a, b and c". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' }).format(items)
}

/** Picks the singular or the plural form (French: 0 and 1 take the singular). */
export function plural(lang: Lang, n: number, one: string, many: string): string {
  return (lang === 'fr' ? n < 2 : n === 1) ? one : many
}

/** French elision: « de OPCO Santé » → « d'OPCO Santé », « de Uniformation » → « d'Uniformation ». */
export function de(name: string): string {
  return /^[aeiouyhàâäéèêëîïôöùûü]/i.test(name) ? `d’${name}` : `de ${name}`
}

/** Quoted title: « Culture & usages numériques » / “Culture & usages numériques”. */
export function quote(lang: Lang, s: string): string {
  return lang === 'fr' ? `« ${s} »` : `“${s}”`
}

/** Upper-cases the first letter, for a phrase that starts a sentence. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
