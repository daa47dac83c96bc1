import type { Payload } from 'payload'
import type { FileState } from '../../src/workflow'
import type { SessionStatus } from '../../src/sessions/session-status'
import { fileSnapshot, type FileSnapshot } from './file-mail-context'
import { settleAttendance } from './session-facts'

/** The session follows its funding file: what the file's move means for the session and its list. */
const SESSION_STATUS_OF: Partial<Record<FileState, SessionStatus>> = {
  convened: 'convened',
  in_progress: 'in_progress',
  delivered: 'delivered',
  cancelled: 'cancelled',
}

/**
 * After a file move: the session's status, the list's enrolments marked convened when the convocations went out,
 * and the attendance outcomes (attended, partial, no-show, hours) settled at the end of the session. Idempotent.
 */
export async function syncSessionWithFile(payload: Payload, fileId: string, to: FileState, snapshot?: FileSnapshot): Promise<void> {
  const status = SESSION_STATUS_OF[to]
  if (!status) return
  const loaded = await (snapshot ?? fileSnapshot(payload, fileId))()
  const sessionId = loaded?.session ? String(loaded.session.id) : undefined
  if (!sessionId) return
  await payload.update({ collection: 'sessions', id: sessionId, data: { status }, overrideAccess: true, depth: 0 })
  if (to === 'convened') {
    await payload.update({
      collection: 'enrolments',
      where: { and: [{ session: { equals: sessionId } }, { status: { in: ['invited', 'confirmed'] } }] },
      data: { status: 'convened' },
      overrideAccess: true,
      depth: 0,
    })
  }
  if (to === 'delivered') await settleAttendance(payload, sessionId)
}
