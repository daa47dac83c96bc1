import type { CollectionBeforeOperationHook } from 'payload'
import { isTeam } from '../access/team'

/**
 * Outside the team, `draft=true` (REST, GraphQL, Local API with access) reads the published version. Without
 * this, the access rule alone hides drafts but also hides a published document that has a newer draft.
 */
export const publicReadsPublished: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  // REST and GraphQL leave overrideAccess unset: access applies whenever it is not explicitly overridden.
  if (operation === 'read' && !overrideAccess && args.draft && !isTeam(req)) return { ...args, draft: false }
  return args
}
