type Doc = Record<string, unknown>

const isPlainObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/**
 * The document as it will be once `data` (on update, only the changed fields) is applied to `originalDoc`.
 * Groups are merged one level deep, like Payload does for a partial group update; arrays replace.
 */
export function resultingDoc(originalDoc: unknown, data: unknown): Doc {
  const before = isPlainObject(originalDoc) ? originalDoc : {}
  const after = isPlainObject(data) ? data : {}
  const merged: Doc = { ...before }
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue
    merged[key] = isPlainObject(value) && isPlainObject(before[key]) ? { ...(before[key] as Doc), ...value } : value
  }
  return merged
}

/** Drafts: the status the document will have after this write. */
export const resultingStatus = (originalDoc: unknown, data: unknown): string | undefined => {
  const status = resultingDoc(originalDoc, data)._status
  return typeof status === 'string' ? status : undefined
}
