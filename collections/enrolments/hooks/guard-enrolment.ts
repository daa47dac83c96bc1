import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { formatDateFr } from '../../../src/email/format'
import { isActiveEnrolment } from '../../../src/sessions/enrolment-status'
import { isListLocked, listLockAt } from '../../../src/workflow'
import { bilingual, type FieldProblem } from '../../../src/validation/messages'
import { ownStructureIds } from '../../shared/access/tenancy'
import { rejectProblems } from '../../shared/hooks/reject-problems'
import { resultingDoc } from '../../shared/hooks/resulting-doc'
import { relationId, relationIds } from '../../shared/relation-ids'

/** What a structure admin decides; convocation and attendance outcomes are the system's. */
const STRUCTURE_ADMIN_STATUSES: readonly string[] = ['invited', 'confirmed', 'withdrawn']

/** A structure admin enrols their own staff, and decides invitation, confirmation and withdrawal only. */
function structureAdminProblems(
  own: string[],
  structureId: string | undefined,
  status: string | undefined,
  statusBefore: string | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!structureId || !own.includes(structureId)) {
    problems.push({
      path: 'participant',
      message: bilingual(
        'Vous ne pouvez inscrire que le personnel de vos structures',
        'you may only enrol the staff of your own structures',
      ),
    })
  }
  if (status !== statusBefore && !STRUCTURE_ADMIN_STATUSES.includes(status ?? '')) {
    problems.push({
      path: 'status',
      message: bilingual(
        'Vous pouvez inviter, confirmer ou désister ; la présence est établie par l’émargement',
        'you may invite, confirm or withdraw; attendance comes from the signed sheets',
      ),
    })
  }
  return problems
}

/** From D−10 (T4) the list is locked: a structure admin's change goes through a coordinator. */
function listLockProblems(slots: { start?: string | null }[] | null | undefined, now: Date): FieldProblem[] {
  const starts = (slots ?? []).flatMap((s) => (s.start ? [new Date(s.start).getTime()] : []))
  const d = starts.length ? new Date(Math.min(...starts)) : undefined
  if (!isListLocked(d, now)) return []
  return [
    {
      path: 'session',
      message: bilingual(
        `La liste des participants est verrouillée depuis le ${formatDateFr(listLockAt(d!))} (J−10) : demandez ce changement à la coordination`,
        `the list of participants is locked since ${listLockAt(d!).toISOString().slice(0, 10)} (D−10): ask the coordination team to make this change`,
      ),
    },
  ]
}

async function activeCount(req: PayloadRequest, sessionId: string, exceptId: unknown): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'enrolments',
    where: { session: { equals: sessionId } },
    depth: 0,
    pagination: false,
    select: { status: true },
    overrideAccess: true,
    req,
  })
  return docs.filter((d) => String(d.id) !== String(exceptId) && isActiveEnrolment(d.status)).length
}

/**
 * An enrolment is one person of a structure named on the session, once per session, within capacity. The
 * structure is copied from the participant (tenancy of enrolments, attendance and answers). A structure admin
 * enrols their own staff only.
 */
export const guardEnrolment: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection, operation }) => {
  const doc = resultingDoc(originalDoc, data)
  const participantId = relationId(doc.participant)
  const sessionId = relationId(doc.session)
  if (!participantId || !sessionId) return data
  const problems: FieldProblem[] = []
  const [participant, session] = await Promise.all([
    req.payload.findByID({
      collection: 'participants',
      id: participantId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    }),
    req.payload.findByID({
      collection: 'sessions',
      id: sessionId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    }),
  ])
  if (!participant) {
    problems.push({ path: 'participant', message: bilingual('Participant introuvable', 'participant not found') })
  }
  if (!session) problems.push({ path: 'session', message: bilingual('Session introuvable', 'session not found') })
  rejectProblems(problems, collection.slug, req)
  if (!participant || !session) return data

  const structureId = relationId(participant.structure)
  data.structure = structureId
  const status = doc.status as string | undefined
  const statusBefore = (originalDoc as { status?: string } | undefined)?.status
  if (req.user && hasRole(req, 'structure-admin')) {
    problems.push(...structureAdminProblems(ownStructureIds(req), structureId, status, statusBefore))
    problems.push(...listLockProblems(session.slots, (req.context.now as Date | undefined) ?? new Date()))
  }
  const sessionStructures = relationIds(session.structures)
  if (structureId && sessionStructures.length > 0 && !sessionStructures.includes(structureId)) {
    problems.push({
      path: 'session',
      message: bilingual(
        'Cette session n’est pas ouverte à la structure de ce participant',
        'this session is not open to this participant’s structure',
      ),
    })
  }
  const changedTarget =
    operation === 'create' ||
    relationId((originalDoc as { participant?: unknown } | undefined)?.participant) !== participantId ||
    relationId((originalDoc as { session?: unknown } | undefined)?.session) !== sessionId
  if (changedTarget) {
    const { totalDocs } = await req.payload.count({
      collection: 'enrolments',
      where: { and: [{ session: { equals: sessionId } }, { participant: { equals: participantId } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) {
      problems.push({
        path: 'participant',
        message: bilingual('Déjà inscrit à cette session', 'already enrolled in this session'),
      })
    }
  }
  const becomesActive = isActiveEnrolment(status) && (changedTarget || !isActiveEnrolment(statusBefore))
  const max = session.capacity?.max
  if (becomesActive && typeof max === 'number' && (await activeCount(req, sessionId, doc.id)) >= max) {
    problems.push({
      path: 'session',
      message: bilingual(`La session est complète (${max} places)`, `the session is full (${max} places)`),
    })
  }
  rejectProblems(problems, collection.slug, req)
  return data
}
