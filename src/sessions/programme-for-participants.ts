import type { Payload } from 'payload'
import { MODULE_KINDS } from '../../collections/programmes/fields/options'
import { relationId } from '../../collections/shared/relation-ids'

type Text = { fr: string; en: string }

export interface ProgrammeModule {
  title: string
  kind: Text
  /** Length in hours, to the quarter. */
  hours: number
  objectives?: string
}

/** What a participant's page shows of the training: the programme they were convened to, and the house rules. */
export interface ProgrammeForParticipants {
  title: string
  objectives: string[]
  modules: ProgrammeModule[]
  totalHours: number
  /** The house rules (règlement intérieur), a public PDF an admin uploaded for the session's federation or the platform. */
  rules?: { url: string; filename: string }
}

interface ProgrammeRow {
  title?: string | null
  objectives?: { text?: string | null }[] | null
  modules?: { title?: string | null; kind?: string | null; minutes?: number | null; objectives?: string | null }[] | null
}

const kindOf = (kind: string | null | undefined): Text =>
  kind && Object.hasOwn(MODULE_KINDS, kind) ? MODULE_KINDS[kind]! : { fr: kind ?? '', en: kind ?? '' }

/** Read with the system's rights: the page is opened by a personal link, checked before this is called. */
export async function loadProgrammeForParticipants(payload: Payload, sessionId: string): Promise<ProgrammeForParticipants | undefined> {
  const session = await payload.findByID({ collection: 'sessions', id: sessionId, depth: 0, overrideAccess: true }).catch(() => undefined)
  const programmeId = relationId(session?.programme)
  if (!programmeId) return undefined
  const programme = (await payload
    .findByID({ collection: 'programmes', id: programmeId, depth: 0, overrideAccess: true })
    .catch(() => undefined)) as ProgrammeRow | undefined
  if (!programme) return undefined
  const modules = (programme.modules ?? []).map((m) => ({
    title: m.title ?? '',
    kind: kindOf(m.kind),
    hours: Math.round(((m.minutes ?? 0) / 60) * 4) / 4,
    objectives: m.objectives?.trim() || undefined,
  }))
  return {
    title: programme.title ?? '',
    objectives: (programme.objectives ?? []).map((o) => o.text?.trim() ?? '').filter(Boolean),
    modules,
    totalHours: modules.reduce((sum, m) => sum + m.hours, 0),
    rules: await rulesDocument(payload, relationId(session?.federation)),
  }
}

type RulesMedia = { url?: string | null; filename?: string | null; audience?: string | null } | string | number | null | undefined

/**
 * The house rules of the session's federation when it uploaded its own, else the platform's (organisation settings):
 * the same « fact by fact » rule as the documents (src/documents/provider.ts).
 */
async function rulesDocument(payload: Payload, federationId: string | undefined): Promise<ProgrammeForParticipants['rules']> {
  const federation = federationId
    ? await payload.findByID({ collection: 'federations', id: federationId, depth: 1, overrideAccess: true, disableErrors: true })
    : null
  let media: RulesMedia = federation?.organisation?.rulesDocument
  if (!media) {
    const settings = await payload.findGlobal({ slug: 'organisation-settings', depth: 1, overrideAccess: true })
    media = settings.rulesDocument
  }
  // Only a public file: anything else would answer 403 to a participant without an account.
  if (!media || typeof media !== 'object' || media.audience !== 'public' || !media.url) return undefined
  return { url: media.url, filename: media.filename ?? 'reglement-interieur.pdf' }
}
