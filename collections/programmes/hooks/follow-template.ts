import type { CollectionAfterChangeHook } from 'payload'
import type { Programme } from '../../../src/payload-types'
import { followTemplate } from '../../../src/programmes/follow-template'
import { writeOutboxEvent } from '../../../src/outbox/write-event'
import { relationId } from '../../shared/relation-ids'

/**
 * When the national template is published, each federation's edition follows its protected modules (added,
 * lengthened, protected again: src/programmes/follow-template.ts) in the same transaction, and the outbox tells the
 * edition's federation what changed (jobs/definitions/handle-event.ts mails its coordinators). A draft of the
 * template changes nothing yet.
 */
export const followTemplateInEditions: CollectionAfterChangeHook<Programme> = async ({ doc, operation, req }) => {
  if (operation !== 'update' || relationId(doc.federation) || doc._status !== 'published') return doc
  const { docs: editions } = await req.payload.find({
    collection: 'programmes',
    where: { template: { equals: doc.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const edition of editions) {
    const { modules, changes } = followTemplate(doc.modules ?? [], edition.modules ?? [], doc.title)
    if (changes.length === 0) continue
    await req.payload.update({
      collection: 'programmes',
      id: edition.id,
      data: { modules, _status: edition._status ?? 'published' },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await writeOutboxEvent(req, {
      type: 'programme.template_followed',
      aggregate: 'programmes',
      aggregateId: String(edition.id),
      data: { federationId: relationId(edition.federation), programmeTitle: edition.title, templateTitle: doc.title, moduleChanges: changes },
    })
  }
  return doc
}
