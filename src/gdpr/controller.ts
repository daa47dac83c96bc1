import type { Payload } from 'payload'
import { relationId, relationIds } from '../../collections/shared/relation-ids'
import { federationOf } from '../documents/federation-of'
import type { Subject } from './subject'

/**
 * The federation whose training organisation holds a person's data (the export's author): a participant's, that of
 * their structure; an account's, its only federation. An account of several federations, or of none, is the
 * platform's (undefined: the organisation settings).
 */
export async function controllerFederation(payload: Payload, subject: Subject): Promise<string | undefined> {
  if (subject.type === 'participant') {
    const participant = await payload.findByID({ collection: 'participants', id: subject.id, depth: 0, overrideAccess: true, disableErrors: true, select: { structure: true } })
    return federationOf(payload, [{ collection: 'structures', id: relationId(participant?.structure) }])
  }
  const user = await payload.findByID({ collection: 'users', id: subject.id, depth: 0, overrideAccess: true, disableErrors: true, select: { federations: true } })
  const federations = relationIds(user?.federations)
  return federations.length === 1 ? federations[0] : undefined
}
