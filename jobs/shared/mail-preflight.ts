import { APIError, type PayloadRequest } from 'payload'
import type { LoadedFile } from '../../collections/funding-files/facts'
import { LANGS, MissingContextError, describeMailDefects, renderEmail, reviveContext, type MailDefect } from '../../src/email'
import type { EffectsPlan, NotifyRequest } from '../../src/workflow'
import type { RecipientRole } from '../../src/workflow/notification-kinds'
import { createLogger } from '../../src/lib/logger'
import { fileMailData } from './file-mail-context'
import { notificationData } from './notification-data'
import { contextFor } from './mail-context'

const log = createLogger('workflow')

/**
 * Renders one planned notification as each of its audiences would get it, in French and English, from the facts
 * it would be sent with; the first failure names what is missing. Job data is JSON, hence the round trip.
 */
export function notificationDefect(notify: Pick<NotifyRequest, 'kind' | 'to' | 'data'>, facts: Record<string, unknown>): MailDefect | undefined {
  const data = JSON.parse(JSON.stringify(notificationData(facts, notify))) as Record<string, unknown>
  const roles: (RecipientRole | undefined)[] = notify.to.length > 0 ? notify.to : [undefined]
  try {
    // reviveContext throws on a fact of the wrong type, like the notify job would.
    reviveContext(data)
    for (const role of roles) {
      for (const lang of LANGS) {
        renderEmail(notify.kind, lang, contextFor({ kind: notify.kind, data }, { role, address: 'preflight@essaim.invalid' }))
      }
    }
    return undefined
  } catch (error) {
    if (error instanceof MissingContextError) return { kind: notify.kind, missing: error.missing }
    return { kind: notify.kind, missing: [], error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * What the mails of a move would lack, checked inside the move's transaction before anything is written: the
 * file's mail facts are computed from `loaded` (the file as the move leaves it) exactly as the event job will
 * compute them after commit. One defect per notification kind.
 */
export async function planMailDefects(
  loaded: LoadedFile,
  plan: Pick<EffectsPlan, 'notify'>,
  req: PayloadRequest,
): Promise<MailDefect[]> {
  if (plan.notify.length === 0) return []
  const facts = await fileMailData(req.payload, String(loaded.file.id), async () => loaded, req)
  const defects: MailDefect[] = []
  for (const notify of plan.notify) {
    if (defects.some((d) => d.kind === notify.kind)) continue
    const defect = notificationDefect(notify, facts)
    if (defect) defects.push(defect)
  }
  return defects
}

/**
 * Refuses a move whose mails cannot be written (`missing_facts`, in French and English, naming each mail and what it
 * lacks); thrown inside the move's transaction, so nothing of the move is written. A person gets a 409. A timer's
 * move (no person) gets a 422 instead: the timer handler ends a 409 as a silent no-op, whereas this must not pass
 * unnoticed, so its job fails, is retried with backoff (the file may be completed meanwhile), then stays failed
 * with this message where the queues are watched.
 */
export async function refuseUnwritableMails(
  loaded: LoadedFile,
  plan: Pick<EffectsPlan, 'notify'>,
  req: PayloadRequest,
  byPerson: boolean,
): Promise<void> {
  const defects = await planMailDefects(loaded, plan, req)
  if (defects.length === 0) return
  log.warn('move refused: its mail cannot be written', { fileId: String(loaded.file.id), byPerson, defects })
  const words = describeMailDefects(defects)
  throw new APIError(
    `${words.fr} Complétez le dossier puis recommencez. / ${words.en} Complete the file, then try again.`,
    byPerson ? 409 : 422,
    { code: 'missing_facts', missing: defects.map((d) => ({ kind: d.kind, facts: d.missing, error: d.error })) },
    true,
  )
}
