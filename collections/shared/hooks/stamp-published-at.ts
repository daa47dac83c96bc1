import type { CollectionBeforeChangeHook } from 'payload'
import { resultingStatus } from './resulting-doc'

/** The public date of a story or news item: the first publication, unless the editor set one. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (resultingStatus(originalDoc, data) !== 'published') return data
  const current = data.publishedAt ?? (originalDoc as { publishedAt?: string } | undefined)?.publishedAt
  if (!current) data.publishedAt = new Date().toISOString()
  return data
}
