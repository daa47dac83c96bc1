import type { CollectionBeforeChangeHook } from 'payload'
import { resultingStatus } from '../../shared/hooks/resulting-doc'

/** Qualiopi indicator 1 asks for a dated offer: every publication stamps the public "last update" date. */
export const stampLastReviewed: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (resultingStatus(originalDoc, data) === 'published') data.lastReviewedAt = new Date().toISOString()
  return data
}
