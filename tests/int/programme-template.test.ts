/**
 * The programme, national then regional (issue 20): the national coordination writes the national template with a
 * protected « pourquoi » module; a federation's coordinators create their edition from it (modules copied), may add
 * and reorder modules, never remove or shorten the protected one (a bilingual 400, nothing stored), and cannot
 * modify the template; another federation neither sees nor edits the edition; the national coordination edits the
 * template only. Through REST, on a real SQLite database.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Programme } from '../../src/payload-types'
import { bootPayload } from '../helpers/boot'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { renderToStaticMarkup } from 'react-dom/server'
import { programmeResults } from '../../src/qualiopi/programme-results'
import { makeSiret } from '../../src/validation/siret'

const PASSWORD = 'motdepasse-test'
const NATIONAL = 'national-programme@example.org'
const COORD_A = 'coord-a-programme@example.org'
const COORD_B = 'coord-b-programme@example.org'
const ADMIN = 'admin-programme@example.org'

type Module = NonNullable<Programme['modules']>[number]

let payload: Payload
let federationA: string
let federationB: string
let templateId: string
let editionB: string

const rest = (email: string, method: string, path: string, body?: unknown) =>
  restCall(payload, { method, path, login: { email, password: PASSWORD }, body })
const stored = (id: string) => payload.findByID({ collection: 'programmes', id, depth: 0, overrideAccess: true })
const messages = (json: Record<string, unknown>) => {
  const errors = (json.errors as { message?: string; data?: { errors?: { message?: string }[] } }[] | undefined) ?? []
  return errors.flatMap((e) => [e.message ?? '', ...(e.data?.errors ?? []).map((d) => d.message ?? '')]).join(' | ')
}
const docId = (json: Record<string, unknown>) => String((json.doc as { id: string }).id)
const titles = (modules: readonly Module[] | null | undefined) => (modules ?? []).map((m) => m.title)

/** What Qualiopi requires of any programme: the template states it once. */
const FACTS = {
  objectives: [{ text: 'Comprendre les enjeux du numérique' }],
  audience: 'Salariés des structures',
  prerequisites: 'Aucun',
  durationHours: 21,
  methods: 'Ateliers',
  evaluation: 'Quiz',
  accessibility: 'Accessible',
}

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  const federation = async (name: string, territory: string) =>
    String((await payload.create({ collection: 'federations', overrideAccess: true, data: { name, territory, phase: 'pilot' } as never })).id)
  federationA = await federation('FAS PACA-Corse-DOM', 'PACA')
  federationB = await federation('FAS Bretagne', 'Bretagne')
  const user = (email: string, role: string, federations: string[] = []) =>
    payload.create({
      collection: 'users',
      overrideAccess: true,
      context: { skipWelcomeMail: true },
      data: { email, password: PASSWORD, name: email.split('@')[0], role, language: 'fr', federations } as never,
    })
  await user(NATIONAL, 'national')
  await user(ADMIN, 'admin')
  await user(COORD_A, 'coordinator', [federationA])
  await user(COORD_B, 'coordinator', [federationB])
}, 180_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('the national template', () => {
  it('is written by the national coordination, without a federation, with a protected « pourquoi »', async () => {
    const created = await rest(NATIONAL, 'POST', '/programmes', {
      ...FACTS,
      title: 'Culture & usages numériques',
      _status: 'published',
      modules: [
        { title: 'Pourquoi : culture numérique', kind: 'why', minutes: 180, protected: true },
        { title: 'Usages du quotidien', kind: 'usages', minutes: 240 },
      ],
    })
    expect([created.status, messages(created.json)]).toEqual([201, ''])
    templateId = docId(created.json)
    const template = await stored(templateId)
    expect(template.federation ?? null).toBeNull()
    expect(template.modules?.[0]).toMatchObject({ title: 'Pourquoi : culture numérique', protected: true, minutes: 180 })
  })

  it('a coordinator reads it and cannot modify or delete it (403)', async () => {
    const before = await stored(templateId)
    expect((await rest(COORD_B, 'GET', `/programmes/${templateId}?depth=0`)).status).toBe(200)
    expect((await rest(COORD_B, 'PATCH', `/programmes/${templateId}`, { summary: 'Réécrit par la Bretagne' })).status).toBe(403)
    expect((await rest(COORD_B, 'DELETE', `/programmes/${templateId}`)).status).toBe(403)
    expect(await stored(templateId)).toEqual(before)
  })

  it('a coordinator cannot write a national programme: it lands in their federation', async () => {
    const created = await rest(COORD_A, 'POST', '/programmes', { ...FACTS, title: 'Programme local', modules: [] })
    expect(created.status).toBe(201)
    expect(String((await stored(docId(created.json))).federation)).toBe(federationA)
  })
})

describe('a federation’s edition', () => {
  it('is created from the template: its modules and facts copied, in the coordinator’s federation', async () => {
    const created = await rest(COORD_B, 'POST', '/programmes', { template: templateId, edition: '2027' })
    expect([created.status, messages(created.json)]).toEqual([201, ''])
    editionB = docId(created.json)
    const edition = await stored(editionB)
    const template = await stored(templateId)
    expect(String(edition.federation)).toBe(federationB)
    expect(String(edition.template)).toBe(templateId)
    expect(edition).toMatchObject({ title: template.title, audience: FACTS.audience, methods: FACTS.methods })
    expect(edition.slug).not.toBe(template.slug)
    expect(titles(edition.modules)).toEqual(titles(template.modules))
    expect(edition.modules?.[0]).toMatchObject({ protected: true, minutes: 180, templateModule: template.modules?.[0]?.id })
    // New rows: the template keeps its own.
    expect(edition.modules?.[0]?.id).not.toBe(template.modules?.[0]?.id)
  })

  it('is refused at creation when the modules it gives leave out the protected one (400, nothing stored)', async () => {
    const before = (await payload.count({ collection: 'programmes', overrideAccess: true })).totalDocs
    const refused = await rest(COORD_B, 'POST', '/programmes', {
      ...FACTS,
      template: templateId,
      title: 'Édition sans le pourquoi',
      modules: [{ title: 'Outils', kind: 'outils', minutes: 180 }],
    })
    expect(refused.status).toBe(400)
    expect(messages(refused.json)).toMatch(/Le module protégé « Pourquoi : culture numérique » ne peut pas être supprimé.* \/ the protected module "Pourquoi : culture numérique" cannot be removed/)
    expect((await payload.count({ collection: 'programmes', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('may add a module and reorder', async () => {
    const modules = (await stored(editionB)).modules ?? []
    const added = await rest(COORD_B, 'PATCH', `/programmes/${editionB}`, {
      modules: [modules[1], { title: 'Projet de la structure', kind: 'projet', minutes: 120 }, modules[0]],
    })
    expect([added.status, messages(added.json)]).toEqual([200, ''])
    expect(titles((await stored(editionB)).modules)).toEqual(['Usages du quotidien', 'Projet de la structure', 'Pourquoi : culture numérique'])
  })

  it('may not remove or shorten the protected module (bilingual 400, nothing stored)', async () => {
    const before = await stored(editionB)
    const modules = before.modules ?? []
    const why = modules.find((m) => m.protected)!
    const others = modules.filter((m) => m !== why)

    const removed = await rest(COORD_B, 'PATCH', `/programmes/${editionB}`, { modules: others })
    expect(removed.status).toBe(400)
    expect(messages(removed.json)).toMatch(/Le module protégé « Pourquoi : culture numérique » ne peut pas être supprimé \(le programme national « Culture & usages numériques » le protège.* \/ the protected module "Pourquoi : culture numérique" cannot be removed \(the national programme/)

    const shortened = await rest(COORD_B, 'PATCH', `/programmes/${editionB}`, { modules: [...others, { ...why, minutes: 90 }] })
    expect(shortened.status).toBe(400)
    expect(messages(shortened.json)).toMatch(/ne peut pas être raccourci \(180 → 90 min ; .* \/ .*cannot be shortened \(180 → 90 min; /)

    const unprotected = await rest(COORD_B, 'PATCH', `/programmes/${editionB}`, { modules: [...others, { ...why, protected: false }] })
    expect(unprotected.status).toBe(400)
    expect(messages(unprotected.json)).toMatch(/ne peut pas perdre sa protection .* \/ .*cannot lose its protection/)

    expect(await stored(editionB)).toEqual(before)
  })

  it('keeps the « pourquoi » even against an admin: it stays in every edition', async () => {
    const before = await stored(editionB)
    const refused = await rest(ADMIN, 'PATCH', `/programmes/${editionB}`, { modules: (before.modules ?? []).filter((m) => !m.protected) })
    expect(refused.status).toBe(400)
    expect(await stored(editionB)).toEqual(before)
  })

  it('another federation’s coordinator neither sees nor edits it', async () => {
    const before = await stored(editionB)
    const list = await rest(COORD_A, 'GET', '/programmes?limit=100&depth=0&draft=true')
    const ids = new Set((list.json.docs as { id: string }[]).map((d) => String(d.id)))
    expect([ids.has(templateId), ids.has(editionB)]).toEqual([true, false])
    expect([403, 404]).toContain((await rest(COORD_A, 'GET', `/programmes/${editionB}`)).status)
    expect([403, 404]).toContain((await rest(COORD_A, 'PATCH', `/programmes/${editionB}`, { summary: 'Par PACA' })).status)
    expect([403, 404]).toContain((await rest(COORD_A, 'DELETE', `/programmes/${editionB}`)).status)
    const versions = await rest(COORD_A, 'GET', `/programmes/versions?where[parent][equals]=${editionB}&depth=0`)
    expect([versions.status, (versions.json.docs as unknown[] | undefined)?.length ?? 0]).toEqual([200, 0])
    // Its past versions are its content too; the template's and one's own edition's stay readable.
    const versionCount = async (email: string, id: string) =>
      ((await rest(email, 'GET', `/programmes/versions?where[parent][equals]=${id}&depth=0`)).json.docs as unknown[]).length
    expect([await versionCount(COORD_A, templateId) > 0, await versionCount(COORD_B, editionB) > 0]).toEqual([true, true])
    expect(await stored(editionB)).toEqual(before)
  })

  it('the national coordination reads it but edits only the template', async () => {
    const before = await stored(editionB)
    const list = await rest(NATIONAL, 'GET', '/programmes?limit=100&depth=0&draft=true')
    expect((list.json.docs as { id: string }[]).map((d) => String(d.id))).toContain(editionB)
    expect((await rest(NATIONAL, 'PATCH', `/programmes/${editionB}`, { summary: 'Par la coordination nationale' })).status).toBe(403)
    expect((await rest(NATIONAL, 'DELETE', `/programmes/${editionB}`)).status).toBe(403)
    expect(await stored(editionB)).toEqual(before)
    const own = await rest(NATIONAL, 'PATCH', `/programmes/${templateId}`, { summary: 'Le programme national' })
    expect([own.status, messages(own.json)]).toEqual([200, ''])
    // Nor does it write an edition into a federation.
    const placed = await rest(NATIONAL, 'POST', '/programmes', { template: templateId, federation: federationB, title: 'Édition imposée' })
    expect(placed.status).toBe(400)
  })
})

describe('when the national programme changes', () => {
  it('each edition follows its protected modules, keeps its own, and its federation is told what changed', async () => {
    const template = await stored(templateId)
    const before = await stored(editionB)
    const modules = (template.modules ?? []).map((m, i) => (i === 0 ? { ...m, minutes: 210 } : m))
    modules.push({ title: 'Numérique et accompagnement social', kind: 'usages', minutes: 120, protected: true } as Module)
    const published = await rest(NATIONAL, 'PATCH', `/programmes/${templateId}`, { modules, _status: 'published' })
    expect([published.status, messages(published.json)]).toEqual([200, ''])

    const after = await stored(editionB)
    const why = after.modules?.find((m) => m.templateModule === template.modules?.[0]?.id)
    expect(why).toMatchObject({ protected: true, minutes: 210 })
    expect(after.modules?.find((m) => m.title === 'Numérique et accompagnement social')).toMatchObject({ protected: true, minutes: 120 })
    // Everything the federation wrote stays: its own modules, in its order.
    const own = titles(before.modules).filter((t) => !titles(template.modules).includes(t))
    expect(titles(after.modules).filter((t) => own.includes(t))).toEqual(own)

    const { docs: events } = await payload.find({ collection: 'outbox-events', where: { and: [{ type: { equals: 'programme.template_followed' } }, { aggregateId: { equals: editionB } }] }, overrideAccess: true, depth: 0 })
    expect(events).toHaveLength(1)
    expect(events[0]?.data).toMatchObject({
      federationId: federationB,
      moduleChanges: [
        { module: 'Pourquoi : culture numérique', change: 'lengthened', from: 180, to: 210 },
        { module: 'Numérique et accompagnement social', change: 'added' },
      ],
    })
    // The federation's next save is not refused for a cut it never made.
    const saved = await rest(COORD_B, 'PATCH', `/programmes/${editionB}`, { summary: 'Notre édition, relue' })
    expect([saved.status, messages(saved.json)]).toEqual([200, ''])
  })

  it('a draft of the template changes no edition yet', async () => {
    const before = await stored(editionB)
    const template = await stored(templateId)
    const longer = (template.modules ?? []).map((m, i) => (i === 0 ? { ...m, minutes: 240 } : m))
    expect((await rest(NATIONAL, 'PATCH', `/programmes/${templateId}?draft=true`, { modules: longer, _status: 'draft' })).status).toBe(200)
    expect((await stored(editionB)).modules).toEqual(before.modules)
  })
})

describe('each federation’s public page and results', () => {
  const held = async (federation: string, programme: string, year: number, name: string) => {
    const structure = await payload.create({
      collection: 'structures',
      overrideAccess: true,
      data: { federation, name, type: 'chrs', siret: makeSiret(String(20_000_000 + year), '0017'), commune: 'Lyon', departement: '69' } as never,
    })
    const start = new Date(Date.UTC(year, 2, 10, 8))
    await payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: { federation, programme, title: `${name} ${year}`, structures: [structure.id], slots: [{ start: start.toISOString(), end: new Date(start.getTime() + 3.5 * 3600_000).toISOString(), period: 'am' }] } as never,
    })
  }
  const page = async (federation: string, slug: string) => {
    const { default: FederationProgrammePage } = await import('../../src/app/(site)/[federation]/formations/[slug]/page')
    const element = await FederationProgrammePage({ params: Promise.resolve({ federation, slug }), searchParams: Promise.resolve({}) })
    return renderToStaticMarkup(element)
  }

  it('an edition states its federation’s results, the template every federation’s', async () => {
    const created = await rest(COORD_A, 'POST', '/programmes', { template: templateId, edition: '2027 PACA' })
    expect(created.status).toBe(201)
    const editionA = docId(created.json)
    await held(federationA, editionA, 2024, 'CHRS Marseille')
    await held(federationB, editionB, 2025, 'CHRS Rennes')
    const years = async (id: string) => (await programmeResults(payload, await stored(id))).years.map((y) => y.year)
    expect(await years(editionA)).toEqual([2024])
    expect(await years(editionB)).toEqual([2025])
    expect(await years(templateId)).toEqual([2024, 2025])
  })

  it('/<federation>/formations/<slug> shows the federation’s edition and the national template, named with the federation; not another’s edition', async () => {
    for (const id of [templateId, editionB]) await payload.update({ collection: 'programmes', id, data: { _status: 'published' } as never, overrideAccess: true })
    await payload.update({ collection: 'federations', id: federationB, data: { slug: 'bretagne' } as never, overrideAccess: true })
    const [template, edition] = [await stored(templateId), await stored(editionB)]
    const own = await page('bretagne', edition.slug!)
    expect(own).toContain(`<h1>${edition.title.replace(/&/g, '&amp;')}</h1>`)
    expect(own).toContain('toutes éditions de la formation dans cette fédération')
    expect(own).toContain('Proposée par FAS Bretagne')
    expect(await page('bretagne', template.slug!)).toContain('Proposée par FAS Bretagne')
    const federationASlug = String((await payload.findByID({ collection: 'federations', id: federationA, depth: 0, overrideAccess: true })).slug)
    await expect(page(federationASlug, edition.slug!)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/)
    await expect(page('atlantide', template.slug!)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/)
  })
})

