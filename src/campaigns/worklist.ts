import { createHash } from 'node:crypto'

/**
 * The facilitators' worklists (domain §5b): a structure left untouched for 30 days nudges its facilitator, once
 * per stale period. "Touched" means its contact status changed or the facilitator noted a contact.
 */

export const STALE_AFTER_DAYS = 30
const DAY = 24 * 3600 * 1000

/** Past "presented" the funding-file workflow carries the structure; nobody needs a nudge about it. */
export const NUDGED_STATUSES = ['to-approach', 'presented'] as const

export interface WorklistEntry {
  id: string
  name: string
  facilitatorId?: string
  region?: string | null
  contactStatus?: string | null
  /** The step the status is about: a second-step lead is nudged about the second-step campaign. */
  contactStep?: string | null
  contactStatusChangedAt?: string | null
  lastContactAt?: string | null
  worklistNudgedAt?: string | null
  createdAt?: string | null
}

const time = (value: string | null | undefined): number => (value ? Date.parse(value) : Number.NaN)

/** The last time anybody did something about the structure (0 when nothing is known). */
export function lastTouch(entry: WorklistEntry): number {
  const times = [entry.contactStatusChangedAt, entry.lastContactAt, entry.createdAt].map(time).filter((t) => !Number.isNaN(t))
  return times.length ? Math.max(...times) : 0
}

/** The cut-off instant: structures last touched at or before it are stale. */
export const staleBefore = (now: Date, days = STALE_AFTER_DAYS): Date => new Date(now.getTime() - days * DAY)

/** Stale, assigned, still to be approached or followed up, and not nudged since it was last touched. */
export function dueForNudge(entry: WorklistEntry, now: Date, days = STALE_AFTER_DAYS): boolean {
  if (!entry.facilitatorId) return false
  if (!(NUDGED_STATUSES as readonly string[]).includes(entry.contactStatus ?? 'to-approach')) return false
  const touched = lastTouch(entry)
  if (touched > staleBefore(now, days).getTime()) return false
  const nudged = time(entry.worklistNudgedAt)
  return Number.isNaN(nudged) || nudged < touched
}

export interface NudgeGroup {
  facilitatorId: string
  region?: string
  step: 'first' | 'second'
  entries: WorklistEntry[]
  /** Same structures in the same stale period → same key: a retried run asks for the same (deduplicated) mail. */
  idempotencyKey: string
  /** Days since the most recently touched of them was touched. */
  untouchedDays: number
}

const stepOf = (entry: WorklistEntry): 'first' | 'second' => (entry.contactStep === 'second' ? 'second' : 'first')

/** One nudge per facilitator, region and step, listing every structure due, by name. */
export function nudgeGroups(entries: readonly WorklistEntry[], now: Date, days = STALE_AFTER_DAYS): NudgeGroup[] {
  const groups = new Map<string, WorklistEntry[]>()
  for (const entry of entries) {
    if (!dueForNudge(entry, now, days)) continue
    const key = `${entry.facilitatorId}|${entry.region ?? ''}|${stepOf(entry)}`
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => {
    const sorted = [...group].sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    const fingerprint = sorted.map((e) => `${e.id}@${lastTouch(e)}`).sort().join(',')
    const hash = createHash('sha256').update(fingerprint).digest('hex').slice(0, 16)
    const newest = Math.max(...sorted.map(lastTouch))
    return {
      facilitatorId: sorted[0].facilitatorId!,
      region: sorted[0].region ?? undefined,
      step: stepOf(sorted[0]),
      entries: sorted,
      idempotencyKey: `campaign.worklist_nudge-${sorted[0].facilitatorId}-${hash}`,
      untouchedDays: Math.floor((now.getTime() - newest) / DAY),
    }
  })
}

export interface CampaignPeriod {
  id: string
  title: string
  region?: string | null
  startDate: string
  endDate?: string | null
  step?: string | null
}

/**
 * The first-step campaign a region's worklist belongs to: the latest started one still running, else the latest
 * started (a second-step campaign is named by its leads, not by region: see the nudge job).
 */
export function campaignForRegion(campaigns: readonly CampaignPeriod[], region: string | undefined, now: Date): CampaignPeriod | undefined {
  const started = campaigns
    .filter((c) => c.step !== 'second' && c.region === region && time(c.startDate) <= now.getTime())
    .sort((a, b) => time(b.startDate) - time(a.startDate))
  return started.find((c) => !c.endDate || time(c.endDate) >= now.getTime()) ?? started[0]
}
