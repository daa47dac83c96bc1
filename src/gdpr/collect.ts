import type { Payload } from 'payload'
import { RETENTION_PERIODS } from './retention-periods'
import { sourcesOf, USER_SECRETS } from './sources'
import { loadSubject, type Subject } from './subject'

type Row = Record<string, unknown>

export interface PersonalDataExport {
  subject: Subject
  generatedAt: string
  record: Row
  sections: { key: string; label: { fr: string; en: string }; records: Row[] }[]
  /** Art. 15(1)(d): how long each kind is kept. */
  retention: { kind: string; months: number; from: string; basis: string }[]
}

const without = (row: Row, keys: readonly string[]): Row => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)))

/** Everything essaim holds about the subject (depth 0: other records are named by id), or undefined if unknown. */
export async function collectPersonalData(payload: Payload, subject: Subject, now: Date): Promise<PersonalDataExport | undefined> {
  const record = await loadSubject(payload, subject)
  if (!record) return undefined
  const sections: PersonalDataExport['sections'] = []
  for (const source of sourcesOf(subject)) {
    const found = await payload.find({
      collection: source.collection,
      where: source.where(subject, record),
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'createdAt',
    })
    sections.push({ key: source.key, label: source.label, records: found.docs.map((d) => without(d as unknown as Row, source.omit ?? [])) })
  }
  return {
    subject,
    generatedAt: now.toISOString(),
    record: without(record, USER_SECRETS),
    sections,
    retention: Object.entries(RETENTION_PERIODS).map(([kind, p]) => ({ kind, months: p.months, from: p.from.en, basis: p.basis })),
  }
}
