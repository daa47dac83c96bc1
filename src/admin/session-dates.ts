import type { Field } from 'payload'

const DAY = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' })

/**
 * A session's days as a list reads them: « 08/02/2027 – 10/02/2027 », one day alone when it starts and ends on the
 * same day, empty without half-days. Day first in both languages, as every date of the admin.
 */
export function sessionDatesLabel(slots: readonly { start?: string | null; end?: string | null }[] | null | undefined): string {
  const instants = (slots ?? []).flatMap((s) => [s.start, s.end]).filter((v): v is string => Boolean(v)).sort()
  if (instants.length === 0) return ''
  const first = DAY.format(new Date(instants[0]!))
  const last = DAY.format(new Date(instants[instants.length - 1]!))
  return first === last ? first : `${first} – ${last}`
}

/**
 * The sessions list's « Dates » column: computed from the half-days on every read, stored nowhere (no column, no
 * migration), never written. Sorting by it is disabled by Payload for virtual fields.
 */
export const sessionDatesField: Field = {
  name: 'dates',
  type: 'text',
  virtual: true,
  label: { fr: 'Dates', en: 'Dates' },
  admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
  access: { create: () => false, update: () => false },
  hooks: { afterRead: [({ siblingData }) => sessionDatesLabel((siblingData as { slots?: { start?: string; end?: string }[] }).slots)] },
}
