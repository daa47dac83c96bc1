/**
 * A relationship value as Payload hands it over: an id, a populated document (depth > 0), or a list of either;
 * the authenticated user, for one, arrives populated to `auth.depth`. Returns the ids as strings.
 */
export function relationIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  const ids: string[] = []
  for (const item of list) {
    if (typeof item === 'string' || typeof item === 'number') ids.push(String(item))
    else if (item && typeof item === 'object' && 'id' in item) {
      const id = (item as { id: unknown }).id
      if (typeof id === 'string' || typeof id === 'number') ids.push(String(id))
    }
  }
  return ids
}

export const relationId = (value: unknown): string | undefined => relationIds(value)[0]
