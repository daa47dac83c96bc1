import { REGIONS, type RegionCode } from '../validation/departements'
import { bilingual } from '../validation/messages'

/** What a template campaign gives a new region's campaign: its texts, kit and targets, not its people or dates. */
export interface CampaignTemplate {
  id: string
  title: string
  phase: string
  summary?: string | null
  targets?: { structures?: number | null; ericSpaces?: number | null } | null
  assets?: { presentation?: unknown; procedure?: unknown; documentation?: unknown } | null
  kit?: { link?: string | null; documents?: { line?: string | null }[] | null } | null
}

export interface CloneTarget {
  region: string
  startDate: string
  endDate?: string
  title?: string
  /** The federation the new campaign belongs to (a new federation's first campaign); else derived at creation. */
  federation?: string
  /** The new campaign's phase (a new federation's own); else the template's, a national one becoming regional. */
  phase?: string
}

export type CloneResult = { ok: true; data: Record<string, unknown> } | { ok: false; message: string }

export const isRegion = (value: unknown): value is RegionCode => typeof value === 'string' && Object.hasOwn(REGIONS, value)

const UNKNOWN_REGION = (value: string) =>
  bilingual(`Région inconnue « ${value} » (attendu : ${Object.keys(REGIONS).join(', ')})`, `unknown region "${value}"`)
const BAD_START = bilingual('Date de début invalide (AAAA-MM-JJ)', 'invalid start date (YYYY-MM-DD)')

/** Upload fields hold an id or, read with depth, the document: the clone keeps the id. */
const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * The data of a new regional campaign made from a template (national roll-out, domain §5b): same texts, kit
 * documents, kit message and targets; the new region and dates; no structures, ERIC spaces or notes (they belong
 * to the template's region); a fresh kit mailing. A national template becomes a regional campaign.
 */
export function campaignFromTemplate(template: CampaignTemplate, target: CloneTarget): CloneResult {
  if (!isRegion(target.region)) return { ok: false, message: UNKNOWN_REGION(target.region) }
  if (Number.isNaN(Date.parse(target.startDate))) return { ok: false, message: BAD_START }
  const regionName = REGIONS[target.region]
  const documentation = Array.isArray(template.assets?.documentation) ? template.assets.documentation.map(idOf) : undefined
  return {
    ok: true,
    data: {
      title: target.title?.trim() || `${template.title} – ${regionName}`,
      phase: target.phase ?? (template.phase === 'national' ? 'regional' : template.phase),
      region: target.region,
      ...(target.federation ? { federation: target.federation } : {}),
      startDate: target.startDate,
      endDate: target.endDate,
      summary: template.summary ?? undefined,
      targets: { structures: template.targets?.structures ?? undefined, ericSpaces: template.targets?.ericSpaces ?? undefined },
      assets: {
        presentation: idOf(template.assets?.presentation) ?? undefined,
        procedure: idOf(template.assets?.procedure) ?? undefined,
        documentation,
      },
      kit: {
        link: template.kit?.link ?? undefined,
        documents: (template.kit?.documents ?? []).map((d) => ({ line: d.line ?? '' })).filter((d) => d.line.trim() !== ''),
      },
      clonedFrom: template.id,
    },
  }
}
