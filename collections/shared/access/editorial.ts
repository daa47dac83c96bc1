import type { CollectionConfig } from 'payload'
import { publishedOrTeam, teamOnly } from './team'

/**
 * Stories and news: the public (and every signed-in non-team user) reads what is published; the team (editors,
 * coordinators, admins) writes, publishes and reads drafts and versions. `readVersions` is set on purpose: by
 * default Payload lets any signed-in user read versions, drafts included.
 */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrTeam,
  readVersions: teamOnly,
  create: teamOnly,
  update: teamOnly,
  delete: teamOnly,
}
