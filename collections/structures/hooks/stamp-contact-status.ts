import type { CollectionBeforeChangeHook } from 'payload'

/** Dates each change of contact status, so an untouched structure can be flagged after 30 days (domain §5b). */
export const stampContactStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const before = (originalDoc ?? {}) as { contactStatus?: string }
  const changed = data.contactStatus !== undefined && data.contactStatus !== before.contactStatus
  if (operation === 'create' || changed) data.contactStatusChangedAt = new Date().toISOString()
  return data
}
