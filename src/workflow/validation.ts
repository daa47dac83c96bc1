import type { Slot } from './facts'
import type { Bilingual } from './messages'

export function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime())
}

export function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0
}

export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

/** New session dates typed by a person: both ends valid, end not before start, slots inside the same rules. */
export function checkDates(start: unknown, end: unknown, slots: Slot[] | undefined): Bilingual | undefined {
  if (!isValidDate(start) || !isValidDate(end)) {
    return { fr: 'Indiquez une date de début et une date de fin valides.', en: 'Enter a valid start and end date.' }
  }
  if (end < start) {
    return { fr: 'La date de fin précède la date de début.', en: 'The end date is before the start date.' }
  }
  if (slots !== undefined && slots.some((s) => !isValidDate(s.start) || !isValidDate(s.end) || s.end < s.start)) {
    return { fr: 'Un créneau a des dates invalides.', en: 'A slot has invalid dates.' }
  }
  return undefined
}
