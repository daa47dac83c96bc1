/**
 * Job data is JSON: dates travel as ISO strings. `reviveContext` turns such data back into a MailContext, checking
 * each known fact's type and naming the first bad one; unknown keys are ignored.
 */
import { RECIPIENT_ROLES } from '../workflow/notification-kinds'
import type { DeliveryFailure, MailContext, MailContextKey, ModuleChange, RecipientRole, Slot } from './types'

type FactType = 'string' | 'date' | 'number' | 'boolean' | 'strings' | 'slot' | 'slots' | 'role' | 'change' | 'failures' | 'moduleChanges'

/** The type of every fact: a MailContext key without an entry here is a type error. */
const FACT_TYPES: Record<MailContextKey, FactType> = {
  recipientName: 'string',
  recipientRole: 'role',
  loginEmail: 'string',
  structureName: 'string',
  fileRef: 'string',
  opco: 'string',
  opcoRef: 'string',
  submittedAt: 'date',
  requestedAmount: 'number',
  agreedAmount: 'number',
  remainder: 'number',
  validUntil: 'date',
  invoiceRef: 'string',
  invoiceAmount: 'number',
  missingItems: 'strings',
  reason: 'string',
  deadline: 'date',
  sessionTitle: 'string',
  sessionStart: 'date',
  sessionEnd: 'date',
  previousStart: 'date',
  previousSlots: 'slots',
  unsubscribeLink: 'string',
  backToDraft: 'boolean',
  slots: 'slots',
  slot: 'slot',
  venueName: 'string',
  venueAddress: 'string',
  facilitatorNames: 'strings',
  enrolledCount: 'number',
  minParticipants: 'number',
  participantChange: 'change',
  participantNames: 'strings',
  missingRoles: 'strings',
  contactName: 'string',
  contactEmail: 'string',
  contactPhone: 'string',
  organisationName: 'string',
  networkName: 'string',
  networkLabel: 'string',
  campaignName: 'string',
  documents: 'strings',
  structureNames: 'strings',
  untouchedDays: 'number',
  failures: 'failures',
  programmeTitle: 'string',
  templateTitle: 'string',
  moduleChanges: 'moduleChanges',
  federationName: 'string',
  since: 'date',
  link: 'string',
}

class BadFact extends Error {}

function toDate(v: unknown): Date {
  const d =
    v instanceof Date ? new Date(v.getTime()) : typeof v === 'string' || typeof v === 'number' ? new Date(v) : undefined
  if (!d || Number.isNaN(d.getTime())) throw new BadFact('a date (ISO 8601 string)')
  return d
}

function toSlot(v: unknown): Slot {
  // An ISO 8601 interval "start/end": how workflow plans carry slots (their data holds only flat values).
  if (typeof v === 'string' && v.split('/').length === 2) {
    const [start, end] = v.split('/')
    return { start: toDate(start), end: toDate(end) }
  }
  if (typeof v !== 'object' || v === null) throw new BadFact('a slot { start, end }')
  const o = v as Record<string, unknown>
  return { start: toDate(o.start), end: toDate(o.end) }
}

function toFailure(v: unknown): DeliveryFailure {
  if (typeof v !== 'object' || v === null) throw new BadFact('a list of { kind, recipient, error }')
  const o = v as Record<string, unknown>
  if (typeof o.kind !== 'string' || typeof o.recipient !== 'string' || typeof o.error !== 'string') {
    throw new BadFact('a list of { kind, recipient, error } strings')
  }
  return { kind: o.kind, recipient: o.recipient, error: o.error }
}

const MODULE_CHANGES: readonly string[] = ['added', 'lengthened', 'protected']

function toModuleChange(v: unknown): ModuleChange {
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>
  if (typeof o.module !== 'string' || typeof o.change !== 'string' || !MODULE_CHANGES.includes(o.change)) {
    throw new BadFact('a list of { module, change: added | lengthened | protected }')
  }
  const minutes = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined)
  return { module: o.module, change: o.change as ModuleChange['change'], from: minutes(o.from), to: minutes(o.to) }
}

function convert(type: FactType, v: unknown): MailContext[MailContextKey] {
  switch (type) {
    case 'string':
      if (typeof v !== 'string') throw new BadFact('a string')
      return v
    case 'date':
      return toDate(v)
    case 'number': {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v
      if (typeof n !== 'number' || !Number.isFinite(n)) throw new BadFact('a finite number')
      return n
    }
    case 'boolean':
      if (typeof v !== 'boolean') throw new BadFact('true or false')
      return v
    case 'change':
      if (v !== 'added' && v !== 'withdrawn') throw new BadFact('"added" or "withdrawn"')
      return v
    case 'strings':
      if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw new BadFact('a list of strings')
      return [...v] as string[]
    case 'slot':
      return toSlot(v)
    case 'slots':
      if (!Array.isArray(v)) throw new BadFact('a list of slots { start, end }')
      return v.map(toSlot)
    case 'role':
      if (typeof v !== 'string' || !(RECIPIENT_ROLES as readonly string[]).includes(v))
        throw new BadFact(`one of ${RECIPIENT_ROLES.join(', ')}`)
      return v as RecipientRole
    case 'failures':
      if (!Array.isArray(v)) throw new BadFact('a list of { kind, recipient, error }')
      return v.map(toFailure)
    case 'moduleChanges':
      if (!Array.isArray(v)) throw new BadFact('a list of { module, change }')
      return v.map(toModuleChange)
  }
}

export function reviveContext(data: Record<string, unknown>): MailContext {
  const ctx: Record<string, unknown> = {}
  for (const key of Object.keys(FACT_TYPES) as MailContextKey[]) {
    const v = data[key]
    if (v === undefined || v === null) continue
    try {
      ctx[key] = convert(FACT_TYPES[key], v)
    } catch (e) {
      if (e instanceof BadFact) throw new Error(`Mail fact "${key}" must be ${e.message} (got ${JSON.stringify(v)})`)
      throw e
    }
  }
  return ctx as MailContext
}
