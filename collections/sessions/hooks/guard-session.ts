import type { CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { slotProblems, sortSlotRows, type SlotInput } from '../../../src/sessions/slots'
import { bilingual, type FieldProblem } from '../../../src/validation/messages'
import { ownStructureIds } from '../../shared/access/tenancy'
import { rejectProblems } from '../../shared/hooks/reject-problems'
import { resultingDoc } from '../../shared/hooks/resulting-doc'
import { relationIds } from '../../shared/relation-ids'

/**
 * Keeps a session coherent whoever writes it: slots sorted by start (the funding file reads D and E from the
 * first and last), no slot ending before it starts or overlapping another, min ≤ max, and a structure admin never
 * names a structure that is not theirs (access alone cannot see the structures a write adds).
 */
export const guardSession: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const doc = resultingDoc(originalDoc, data)
  const problems: FieldProblem[] = []
  if (Array.isArray(data.slots)) {
    problems.push(...slotProblems(data.slots as SlotInput[]))
    data.slots = sortSlotRows(data.slots as SlotInput[])
  }
  const capacity = doc.capacity as { min?: number | null; max?: number | null } | undefined
  if (typeof capacity?.min === 'number' && typeof capacity.max === 'number' && capacity.min > capacity.max) {
    problems.push({
      path: 'capacity.max',
      message: bilingual('Le maximum doit être au moins égal au minimum', 'the maximum must be at least the minimum'),
    })
  }
  if (req.user && hasRole(req, 'structure-admin')) {
    const own = new Set(ownStructureIds(req))
    const structures = relationIds(doc.structures)
    if (structures.length === 0 || structures.some((id) => !own.has(id))) {
      problems.push({
        path: 'structures',
        message: bilingual(
          'Vous ne pouvez planifier que des sessions de vos structures',
          'you may only plan sessions for your own structures',
        ),
      })
    }
  }
  rejectProblems(problems, collection.slug, req)
  return data
}
