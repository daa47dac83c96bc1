import { bilingual } from '../validation/messages'

/**
 * The campaign kit mailing: one BullMQ job per structure, keys that make a re-launch harmless, and the small
 * state machine of a mailing (idle → running ⇄ paused).
 */

export const KIT_JOB = 'kit'
export const KIT_EVENT = 'campaign.kit'

export const KIT_STATUSES = ['idle', 'running', 'paused'] as const
export type KitStatus = (typeof KIT_STATUSES)[number]
export const KIT_ACTIONS = ['launch', 'pause', 'resume'] as const
export type KitAction = (typeof KIT_ACTIONS)[number]

export interface KitState {
  status: KitStatus
  /** Bumped on each resume: jobs of an earlier run that were skipped while paused do not block the new ones. */
  generation: number
}

/** One key per campaign and structure: the notification, hence the mail, exists at most once whatever is re-run. */
export const kitRequestKey = (campaignId: string, structureId: string): string => `campaign.kit-${campaignId}-${structureId}`

/** Every kit delivery of a campaign has a request key starting with this (progress counts by it). */
export const kitRequestPrefix = (campaignId: string): string => `campaign.kit-${campaignId}-`

/** A re-launch in the same generation re-adds the same ids: BullMQ ignores the ones it still holds. */
export const kitJobId = (campaignId: string, generation: number, structureId: string): string =>
  `kit-${campaignId}-g${generation}-${structureId}`

/**
 * How many messages may wait in the mail pipeline (notify and mail queues, all kinds) before kits hold back:
 * about half a second of sending at the SMTP rate (20 when unlimited). Kits then flow at the pace mails actually
 * leave, so a pause stops them within this many messages, and a workflow notification never queues behind
 * thousands of kits.
 */
export const kitBacklogWindow = (ratePerSecond: number): number => (ratePerSecond > 0 ? Math.max(5, Math.ceil(ratePerSecond / 2)) : 20)

export interface KitJobData {
  campaignId: string
  structureId: string
  generation: number
}

const NOT_RUNNING = bilingual('L’envoi du kit n’est pas en cours', 'the kit mailing is not running')
const NOT_PAUSED = bilingual('L’envoi du kit n’est pas en pause', 'the kit mailing is not paused')

export type KitTransition = { ok: true; state: KitState } | { ok: false; message: string }

/**
 * launch: starts a mailing, or re-launches a running one (structures imported since are added; the others are
 * already mailed or queued); on a paused one it resumes. pause: stops feeding the mail queue. resume: goes on.
 */
export function nextKitState(current: KitState, action: KitAction): KitTransition {
  if (action === 'pause') {
    return current.status === 'running' ? { ok: true, state: { ...current, status: 'paused' } } : { ok: false, message: NOT_RUNNING }
  }
  if (action === 'resume' && current.status !== 'paused') return { ok: false, message: NOT_PAUSED }
  const generation = current.status === 'running' ? current.generation : current.generation + 1
  return { ok: true, state: { status: 'running', generation } }
}

/** Where the kit e-mail's button leads: the link set on the campaign, else its presentation document. */
export function kitLink(explicit: string | null | undefined, presentationUrl: string | null | undefined, serverUrl: string): string | undefined {
  if (explicit && explicit.trim()) return explicit.trim()
  if (!presentationUrl) return undefined
  return /^https?:\/\//.test(presentationUrl) ? presentationUrl : `${serverUrl}${presentationUrl.startsWith('/') ? '' : '/'}${presentationUrl}`
}

export interface KitCounts {
  /** Delivered to the SMTP relay. */
  sent: number
  /** Given up (refused address, retries exhausted). */
  failed: number
  /** Handed to the mail pipeline, not yet sent. */
  queued: number
  /** Structures of the region still "to approach" with an address: what the mailing has yet to reach. */
  remaining: number
  /** Structures of the region still "to approach" without an address: the kit cannot reach them by mail. */
  noAddress: number
}

export interface KitProgress extends KitCounts {
  status: KitStatus
  /** Running, and nothing left to hand over or to deliver. */
  finished: boolean
}

export const kitProgress = (status: KitStatus, counts: KitCounts): KitProgress => ({
  status,
  ...counts,
  finished: status === 'running' && counts.remaining === 0 && counts.queued === 0,
})

const STATUS_WORDS: Record<KitStatus, { fr: string; en: string }> = {
  idle: { fr: 'non lancé', en: 'not launched' },
  running: { fr: 'en cours', en: 'running' },
  paused: { fr: 'en pause', en: 'paused' },
}

/** One line for the CLI and logs. */
export function describeKitProgress(p: KitProgress): string {
  const status = p.finished ? { fr: 'terminé', en: 'finished' } : STATUS_WORDS[p.status]
  return (
    `${status.fr} / ${status.en} · envoyés/sent ${p.sent} · échecs/failed ${p.failed} · en cours d’envoi/in delivery ${p.queued}` +
    ` · restants/remaining ${p.remaining}${p.noAddress ? ` · sans adresse/no address ${p.noAddress}` : ''}`
  )
}
