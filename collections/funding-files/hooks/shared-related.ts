import type { PayloadRequest } from 'payload'
import { relationId } from '../../shared/relation-ids'
import { loadRelated, type FundingFileDoc, type LoadedFile } from '../facts'

type Related = Omit<LoadedFile, 'file' | 'facts'>

interface SharedRelated extends Related {
  sessionId?: string
  structureId?: string
}

const KEY = 'fundingFileRelated'

/**
 * Hands the session and structure already read for a file (by the move service, or by an earlier hook of the same
 * save) to `stampSchedule`, so that one save reads them once. Only for the next save of this request: the hook
 * takes them off the context, and they are used only when the file still points at the same session and structure.
 */
export function shareRelated(req: PayloadRequest, file: FundingFileDoc, related: Related): void {
  req.context[KEY] = { ...related, sessionId: relationId(file.session), structureId: relationId(file.structure) } satisfies SharedRelated
}

export function forgetRelated(req: PayloadRequest): void {
  delete req.context[KEY]
}

/** What was shared for this file's session and structure, or a fresh read. */
export async function takeRelated(req: PayloadRequest, file: FundingFileDoc): Promise<Related> {
  const shared = req.context[KEY] as SharedRelated | undefined
  forgetRelated(req)
  if (shared && shared.sessionId === relationId(file.session) && shared.structureId === relationId(file.structure)) {
    return { session: shared.session, structure: shared.structure, federation: shared.federation }
  }
  return loadRelated(req.payload, file, req)
}
