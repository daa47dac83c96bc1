import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload, SanitizedConfig, Where } from 'payload'
import type { User } from '../../src/payload-types'
import { makeSiret } from '../../src/validation/siret'
import { bootPayload } from '../helpers/boot'
import { restRequest } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

/**
 * Who may do what, role by role, through the Local API with `overrideAccess: false` (what REST, GraphQL and the
 * admin UI go through), then anonymously over REST and GraphQL.
 *
 * Every collection has two reference documents: `a` and `b`. `a` is the one a scoped role may reach (the
 * structure admin's own structure, the facilitator's ERIC space and profile, the published story, the public
 * image); `b` is the other one (someone else's structure, a draft, an internal file).
 */

// ─── The expected matrix ────────────────────────────────────────────────────────────────────────────────────────
// Columns: create (yes/no), then read, update, delete and read versions, each as the reference documents the role
// reaches: both, a (only the first), none. "-" where the collection has no versions. Columns aligned on purpose:
// prettier-ignore
const MATRIX = {
  structures: {
    anonymous:         'no    none  none  none  -',
    admin:             'yes   both  both  both  -',
    coordinator:       'yes   both  both  none  -',
    editor:            'no    both  none  none  -',
    'structure-admin': 'no    a     a     none  -',
    facilitator:       'no    a     a     none  -',
    national:          'no    both  none  none  -',
  },
  'eric-spaces': {
    anonymous:         'no    none  none  none  -',
    admin:             'yes   both  both  both  -',
    coordinator:       'yes   both  both  both  -',
    editor:            'no    both  none  none  -',
    'structure-admin': 'no    a     none  none  -',
    facilitator:       'no    a     none  none  -',
    national:          'no    both  none  none  -',
  },
  facilitators: {
    anonymous:         'no    none  none  none  -',
    admin:             'yes   both  both  both  -',
    coordinator:       'yes   both  both  both  -',
    editor:            'no    none  none  none  -',
    'structure-admin': 'no    none  none  none  -',
    facilitator:       'no    a     a     none  -',
    national:          'no    both  none  none  -',
  },
  programmes: {
    anonymous:         'no    a     none  none  none',
    admin:             'yes   both  both  both  both',
    coordinator:       'yes   both  both  both  both',
    editor:            'no    both  none  none  both',
    'structure-admin': 'no    a     none  none  none',
    facilitator:       'no    a     none  none  none',
    national:          'yes   both  none  none  both',
  },
  stories: {
    anonymous:         'no    a     none  none  none',
    admin:             'yes   both  both  both  both',
    coordinator:       'yes   both  both  both  both',
    editor:            'yes   both  both  both  both',
    'structure-admin': 'no    a     none  none  none',
    facilitator:       'no    a     none  none  none',
    national:          'yes   both  none  none  both',
  },
  news: {
    anonymous:         'no    a     none  none  none',
    admin:             'yes   both  both  both  both',
    coordinator:       'yes   both  both  both  both',
    editor:            'yes   both  both  both  both',
    'structure-admin': 'no    a     none  none  none',
    facilitator:       'no    a     none  none  none',
    national:          'yes   both  none  none  both',
  },
  media: {
    anonymous:         'no    a     none  none  -',
    admin:             'yes   both  both  both  -',
    coordinator:       'yes   both  both  both  -',
    editor:            'yes   both  both  both  -',
    'structure-admin': 'no    both  none  none  -',
    facilitator:       'no    both  none  none  -',
    national:          'yes   both  both  both  -',
  },
  campaigns: {
    anonymous:         'no    both  none  none  -',
    admin:             'yes   both  both  both  -',
    coordinator:       'yes   both  both  both  -',
    editor:            'no    both  none  none  -',
    'structure-admin': 'no    both  none  none  -',
    facilitator:       'no    both  none  none  -',
    national:          'no    both  none  none  -',
  },
} as const

type Slug = keyof typeof MATRIX
type Role = keyof (typeof MATRIX)['structures']
type Kind = 'a' | 'b'
/** `b` alone (the other document but not one's own) would be a bug worth seeing as such. */
type Scope = 'both' | 'a' | 'b' | 'none'
const ROLES = Object.keys(MATRIX.structures) as Role[]
const SLUGS = Object.keys(MATRIX) as Slug[]

// ─── Fixtures ───────────────────────────────────────────────────────────────────────────────────────────────────
let payload: Payload
let config: SanitizedConfig
const users = {} as Record<Exclude<Role, 'anonymous'>, User & { collection: 'users' }>
const ref = {} as Record<Slug, Record<Kind, string>>
let png: Buffer
let seq = 0

/** The Local API options that make a call act as `role` (no user at all for the public). */
const as = (role: Role) =>
  role === 'anonymous' ? ({ overrideAccess: false } as const) : ({ overrideAccess: false, user: users[role] } as const)
type Actor = ReturnType<typeof as> | { readonly overrideAccess: true }
const SYSTEM: Actor = { overrideAccess: true }

const richText = {
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Texte.', version: 1 }] }],
  },
}

async function makeUser(role: User['role'], extra: Partial<User> = {}) {
  seq += 1
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: {
      email: `${role}-${seq}@access.test`,
      password: 'motdepasse-1',
      name: `${role} ${seq}`,
      role,
      language: 'fr',
      ...extra,
    },
  })
  return { ...user, collection: 'users' as const }
}

/** How to create a document of each collection, shaped like `a` or `b`, acting as someone. Returns its id. */
const create: Record<Slug, (kind: Kind, actor: Actor) => Promise<string>> = {
  structures: async (kind, actor) => {
    seq += 1
    const doc = await payload.create({
      collection: 'structures',
      ...actor,
      data: {
        name: `Structure ${kind} ${seq}`,
        type: 'chrs',
        siret: makeSiret(String(30000000 + seq), '0001'),
        commune: 'Marseille',
        departement: '13',
        contactStatus: 'to-approach',
        partnerEric: kind === 'a' ? ref['eric-spaces'].a : ref['eric-spaces'].b,
      },
    })
    return doc.id
  },
  'eric-spaces': async (kind, actor) => {
    seq += 1
    const doc = await payload.create({
      collection: 'eric-spaces',
      ...actor,
      data: { name: `ERIC ${kind} ${seq}`, commune: 'Gap', departement: '05' },
    })
    return doc.id
  },
  facilitators: async (kind, actor) => {
    // One profile per account: the reference `a` is the facilitator's own; every later one gets a new account.
    const user = kind === 'a' && !ref.facilitators ? users.facilitator : await makeUser('facilitator')
    const doc = await payload.create({
      collection: 'facilitators',
      ...actor,
      data: { name: user.name, user: user.id, ericSpace: ref['eric-spaces'][kind], title: 'animateur-multimedia' },
    })
    return doc.id
  },
  programmes: async (kind, actor) => {
    seq += 1
    const doc = await payload.create({
      collection: 'programmes',
      ...actor,
      data: {
        title: `Programme ${kind} ${seq}`,
        _status: kind === 'a' ? 'published' : 'draft',
        objectives: [{ text: 'Comprendre' }],
        audience: 'Tous',
        prerequisites: 'Aucun',
        durationHours: 21,
        methods: 'Ateliers',
        evaluation: 'Quiz',
        accessibility: 'Accessible',
        modules: [{ title: 'Pourquoi', kind: 'why', minutes: 180, protected: true }],
      },
    })
    return doc.id
  },
  stories: async (kind, actor) => {
    seq += 1
    const doc = await payload.create({
      collection: 'stories',
      ...actor,
      data: { title: `Témoignage ${kind} ${seq}`, body: richText, _status: kind === 'a' ? 'published' : 'draft' },
    })
    return doc.id
  },
  news: async (kind, actor) => {
    seq += 1
    const doc = await payload.create({
      collection: 'news',
      ...actor,
      data: { title: `Actualité ${kind} ${seq}`, body: richText, _status: kind === 'a' ? 'published' : 'draft' },
    })
    return doc.id
  },
  media: async (kind, actor) => {
    seq += 1
    const doc = await payload.create({
      collection: 'media',
      ...actor,
      data: { alt: `Image ${kind} ${seq}`, audience: kind === 'a' ? 'public' : 'internal' },
      file: { data: png, mimetype: 'image/png', name: `acces-${kind}-${seq}.png`, size: png.length },
    })
    return doc.id
  },
  campaigns: async (kind, actor) => {
    seq += 1
    const doc = await payload.create({
      collection: 'campaigns',
      ...actor,
      data: { title: `Campagne ${kind} ${seq}`, phase: 'pilot', region: 'paca', startDate: '2014-01-01T00:00:00.000Z' },
    })
    return doc.id
  },
}

/** A harmless change per collection, to try updates with. */
const update: Record<Slug, (id: string, actor: Actor) => Promise<unknown>> = {
  structures: (id, actor) =>
    payload.update({ collection: 'structures', id, ...actor, data: { street: '1 rue du Test' } }),
  'eric-spaces': (id, actor) =>
    payload.update({ collection: 'eric-spaces', id, ...actor, data: { phone: '04 90 00 00 00' } }),
  facilitators: (id, actor) =>
    payload.update({ collection: 'facilitators', id, ...actor, data: { availability: 'Lundi' } }),
  programmes: (id, actor) => payload.update({ collection: 'programmes', id, ...actor, data: { summary: 'Résumé' } }),
  stories: (id, actor) => payload.update({ collection: 'stories', id, ...actor, data: { summary: 'Résumé' } }),
  news: (id, actor) => payload.update({ collection: 'news', id, ...actor, data: { summary: 'Résumé' } }),
  media: (id, actor) => payload.update({ collection: 'media', id, ...actor, data: { credit: 'Essaim' } }),
  campaigns: (id, actor) => payload.update({ collection: 'campaigns', id, ...actor, data: { summary: 'Résumé' } }),
}

const VERSIONED: readonly Slug[] = ['programmes', 'stories', 'news']

/** Spare documents to try deleting; one that survives a denied delete serves the next row. */
const spares = {} as Record<Slug, Partial<Record<Kind, string>>>

async function tryDelete(slug: Slug, kind: Kind, actor: Actor): Promise<boolean> {
  spares[slug] ??= {}
  const id = spares[slug][kind] ?? (await create[slug](kind, SYSTEM))
  spares[slug][kind] = id
  const deleted = await succeeds(() => payload.delete({ collection: slug as CollectionSlug, id, ...actor }))
  if (deleted) delete spares[slug][kind]
  return deleted
}

const succeeds = async (operation: () => Promise<unknown>): Promise<boolean> => {
  try {
    await operation()
    return true
  } catch {
    return false
  }
}

const scopeOf = (reached: Record<Kind, boolean>): Scope =>
  reached.a && reached.b ? 'both' : reached.a ? 'a' : reached.b ? 'b' : 'none'

async function observe(slug: Slug, role: Role): Promise<string> {
  const actor = as(role)
  const ids = [ref[slug].a, ref[slug].b]
  const where: Where = { id: { in: ids } }

  // Read: for versioned collections, the union of a plain and a draft read, so that `?draft=true` cannot leak either.
  const seen = new Set<string>()
  for (const draft of VERSIONED.includes(slug) ? [false, true] : [false]) {
    try {
      const found = await payload.find({ collection: slug as CollectionSlug, where, draft, depth: 0, ...actor })
      for (const doc of found.docs) seen.add(String(doc.id))
    } catch {
      // Forbidden: nothing seen.
    }
  }
  const read = scopeOf({ a: seen.has(ref[slug].a), b: seen.has(ref[slug].b) })

  let createdId: string | undefined
  const created = await succeeds(async () => {
    createdId = await create[slug]('a', actor)
  })
  if (createdId) await payload.delete({ collection: slug as CollectionSlug, id: createdId, overrideAccess: true })

  const updated = scopeOf({
    a: await succeeds(() => update[slug](ref[slug].a, actor)),
    b: await succeeds(() => update[slug](ref[slug].b, actor)),
  })

  // Delete is tried on spare documents shaped like a and b, so the references stay for the next rows.
  const deleted = scopeOf({ a: await tryDelete(slug, 'a', actor), b: await tryDelete(slug, 'b', actor) })

  let versions = '-'
  if (VERSIONED.includes(slug)) {
    const parents = new Set<string>()
    try {
      const found = await payload.findVersions({
        collection: slug as 'stories',
        where: { parent: { in: ids } },
        depth: 0,
        ...actor,
      })
      for (const version of found.docs) parents.add(String(version.parent))
    } catch {
      // Forbidden: no version seen.
    }
    versions = scopeOf({ a: parents.has(ref[slug].a), b: parents.has(ref[slug].b) })
  }
  return [created ? 'yes' : 'no', read, updated, deleted, versions].join(' ')
}

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  config = payload.config
  const sharp = (await import('sharp')).default
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888888' } })
    .png()
    .toBuffer()

  users.admin = await makeUser('admin')
  users.coordinator = await makeUser('coordinator')
  users.editor = await makeUser('editor')
  users.facilitator = await makeUser('facilitator')
  users.national = await makeUser('national')
  // The order matters: later fixtures point at earlier ones.
  for (const slug of [
    'eric-spaces',
    'facilitators',
    'structures',
    'programmes',
    'stories',
    'news',
    'media',
    'campaigns',
  ] as const) {
    const a = await create[slug]('a', SYSTEM)
    ref[slug] = { a, b: await create[slug]('b', SYSTEM) }
  }
  users['structure-admin'] = await makeUser('structure-admin', { structures: [ref.structures.a] })
})

afterAll(async () => {
  // Uploaded files live in data/media: remove them with their documents.
  await payload?.delete({ collection: 'media', where: { alt: { exists: true } }, overrideAccess: true })
  await payload?.destroy()
})

// ─── The matrix, one row per role and collection ────────────────────────────────────────────────────────────────
describe.each(SLUGS)('%s', (slug) => {
  afterAll(async () => {
    const ids = Object.values(spares[slug] ?? {})
    if (ids.length)
      await payload.delete({ collection: slug as CollectionSlug, where: { id: { in: ids } }, overrideAccess: true })
  })

  it.each(ROLES)('%s: create read update delete versions', async (role) => {
    const expected = MATRIX[slug][role].split(/\s+/).join(' ')
    expect(await observe(slug, role)).toBe(expected)
  })
})

// ─── Inside a document: field-level rules and scoping details ────────────────────────────────────────────────────
describe('field-level access and tenancy details', () => {
  it('shows the public only the public part of a campaign', async () => {
    const campaign = await payload.update({
      collection: 'campaigns',
      id: ref.campaigns.a,
      overrideAccess: true,
      data: {
        internalNotes: 'Note interne',
        structures: [ref.structures.a],
        ericSpaces: [ref['eric-spaces'].a],
        targets: { structures: 10 },
      },
    })
    expect(campaign.internalNotes).toBe('Note interne')
    const read = (role: Role) =>
      payload.findByID({ collection: 'campaigns', id: ref.campaigns.a, depth: 0, ...as(role) })
    const anonymous = await read('anonymous')
    expect(anonymous).toMatchObject({
      title: campaign.title,
      phase: 'pilot',
      region: 'paca',
      targets: { structures: 10 },
    })
    for (const hidden of ['internalNotes', 'structures', 'ericSpaces', 'assets'])
      expect(anonymous).not.toHaveProperty(hidden)
    const structureAdmin = await read('structure-admin')
    expect(structureAdmin).toHaveProperty('assets')
    for (const hidden of ['internalNotes', 'structures', 'ericSpaces'])
      expect(structureAdmin).not.toHaveProperty(hidden)
    expect(await read('coordinator')).toMatchObject({ internalNotes: 'Note interne', structures: [ref.structures.a] })
  })

  it('never shows a story’s consent record outside the team', async () => {
    const story = await payload.update({
      collection: 'stories',
      id: ref.stories.a,
      overrideAccess: true,
      data: {
        quote: { text: 'Merci', personName: 'Léa' },
        consent: { givenBy: 'Léa', givenAt: '2014-01-01T00:00:00.000Z', scope: ['website'] },
      },
    })
    expect(story._status).toBe('published')
    for (const role of ['anonymous', 'structure-admin', 'facilitator'] as const) {
      const read = await payload.findByID({ collection: 'stories', id: ref.stories.a, ...as(role) })
      expect(read.quote?.personName).toBe('Léa')
      expect(read).not.toHaveProperty('consent')
    }
    expect(
      (await payload.findByID({ collection: 'stories', id: ref.stories.a, ...as('editor') })).consent?.givenBy,
    ).toBe('Léa')
  })

  it('lets a structure admin edit their structure but not its pairing, facilitator or worklist status', async () => {
    // A change of a field that is not theirs is refused whole (src/access/field-write-rules.ts, which names the field:
    // tests/security/field-write-*; or first the relationship scope, for a foreign target), nothing stored.
    await expect(
      payload.update({
        collection: 'structures',
        id: ref.structures.a,
        ...as('structure-admin'),
        data: { name: 'Nouveau nom', partnerEric: ref['eric-spaces'].b, assignedFacilitator: ref.facilitators.b, contactStatus: 'trained' },
      }),
    ).rejects.toThrow()
    const updated = await payload.update({ collection: 'structures', id: ref.structures.a, ...as('structure-admin'), data: { name: 'Nouveau nom' } })
    expect(updated.name).toBe('Nouveau nom')
    const stored = await payload.findByID({
      collection: 'structures',
      id: ref.structures.a,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      name: 'Nouveau nom',
      partnerEric: ref['eric-spaces'].a,
      contactStatus: 'to-approach',
    })
    expect(stored.assignedFacilitator ?? null).toBeNull()
  })

  it('lets a facilitator move the contact status of a structure they follow, and nothing else', async () => {
    await expect(
      payload.update({
        collection: 'structures',
        id: ref.structures.a,
        ...as('facilitator'),
        data: { contactStatus: 'presented', name: 'Renommée par l’animateur', siret: makeSiret('99999999', '0001') },
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('« Nom »') })
    await payload.update({ collection: 'structures', id: ref.structures.a, ...as('facilitator'), data: { contactStatus: 'presented' } })
    const stored = await payload.findByID({
      collection: 'structures',
      id: ref.structures.a,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ contactStatus: 'presented', name: 'Nouveau nom' })
    expect(stored.contactStatusChangedAt).toBeTruthy()
  })

  it('lets a facilitator follow a structure assigned to them outside their ERIC space', async () => {
    const assigned = await create.structures('b', SYSTEM)
    await payload.update({
      collection: 'structures',
      id: assigned,
      overrideAccess: true,
      data: { assignedFacilitator: ref.facilitators.a },
    })
    const { docs } = await payload.find({ collection: 'structures', depth: 0, ...as('facilitator') })
    expect(docs.map((d) => d.id).sort()).toEqual([ref.structures.a, assigned].sort())
    await payload.delete({ collection: 'structures', id: assigned, overrideAccess: true })
  })

  it('keeps a facilitator’s profile attached to its account and ERIC space', async () => {
    await expect(
      payload.update({
        collection: 'facilitators',
        id: ref.facilitators.a,
        ...as('facilitator'),
        data: { availability: 'Mardi', ericSpace: ref['eric-spaces'].b, trainerQualified: true },
      }),
    ).rejects.toThrow()
    await payload.update({ collection: 'facilitators', id: ref.facilitators.a, ...as('facilitator'), data: { availability: 'Mardi' } })
    const stored = await payload.findByID({
      collection: 'facilitators',
      id: ref.facilitators.a,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ availability: 'Mardi', ericSpace: ref['eric-spaces'].a, trainerQualified: false })
  })

  it('does not let a structure admin widen their own tenants', async () => {
    await expect(
      payload.update({
        collection: 'users',
        id: users['structure-admin'].id,
        ...as('structure-admin'),
        data: { structures: [ref.structures.a, ref.structures.b] },
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({
      collection: 'users',
      id: users['structure-admin'].id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.structures).toEqual([ref.structures.a])
  })

  it('shows a structure admin only themselves among the administrators of their structure', async () => {
    const colleague = await makeUser('structure-admin', { structures: [ref.structures.a, ref.structures.b] })
    const own = await payload.findByID({
      collection: 'structures',
      id: ref.structures.a,
      depth: 0,
      ...as('structure-admin'),
    })
    expect(own.admins?.docs).toEqual([users['structure-admin'].id])
    const seenByStaff = await payload.findByID({
      collection: 'structures',
      id: ref.structures.a,
      depth: 0,
      ...as('coordinator'),
    })
    expect(seenByStaff.admins?.docs).toEqual(expect.arrayContaining([users['structure-admin'].id, colleague.id]))
    await payload.delete({ collection: 'users', id: colleague.id, overrideAccess: true })
  })

  it('denies a structure admin with no structure everything about structures', async () => {
    const orphan = await makeUser('structure-admin')
    const actor = { overrideAccess: false, user: orphan }
    await expect(payload.find({ collection: 'structures', ...actor })).rejects.toThrow()
    await expect(payload.find({ collection: 'eric-spaces', ...actor })).rejects.toThrow()
  })
})

// ─── Anonymous REST and GraphQL ──────────────────────────────────────────────────────────────────────────────────
describe('public REST and GraphQL', () => {
  const SECRET = 'Brouillon à ne pas publier'

  beforeAll(async () => {
    // A published story with a newer unpublished draft: the public must keep reading the published version.
    await payload.update({
      collection: 'stories',
      id: ref.stories.a,
      draft: true,
      overrideAccess: true,
      data: { title: SECRET },
    })
  })

  const rest = async (path: string) => {
    const response = await restRequest(payload, { path })
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown> & { docs?: { id: string }[] },
    }
  }

  const graphql = async (query: string) => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const response = await GRAPHQL_POST(Promise.resolve(config))(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    )
    return (await response.json()) as {
      data?: Record<string, { docs?: Record<string, unknown>[] } | Record<string, unknown> | null>
      errors?: { message: string }[]
    }
  }

  it('REST lists only published stories, news and programmes, draft=true included', async () => {
    for (const slug of ['stories', 'news', 'programmes'] as const) {
      for (const query of ['', '?draft=true', '?where[_status][equals]=draft']) {
        const { status, body } = await rest(`/${slug}${query}`)
        expect(status).toBe(200)
        const ids = (body.docs ?? []).map((d) => d.id)
        expect(ids).not.toContain(ref[slug].b)
        if (!query.includes('where')) expect(ids).toContain(ref[slug].a)
      }
      expect((await rest(`/${slug}/${ref[slug].b}`)).status).toBeGreaterThanOrEqual(400)
      expect((await rest(`/${slug}/${ref[slug].b}?draft=true`)).status).toBeGreaterThanOrEqual(400)
      expect((await rest(`/${slug}/versions`)).status).toBe(403)
    }
    // The story with a newer draft: the public reads its published version, draft=true or not.
    const published = await rest(`/stories/${ref.stories.a}?draft=true`)
    expect(published.status).toBe(200)
    expect(published.body.title).toMatch(/^Témoignage a/)
    expect(JSON.stringify((await rest('/stories?draft=true')).body)).not.toContain(SECRET)
  })

  it('REST hides the tenants, the network and internal files from the public', async () => {
    for (const slug of ['structures', 'eric-spaces', 'facilitators', 'users'] as const) {
      expect((await rest(`/${slug}`)).status).toBe(403)
    }
    const media = await rest('/media')
    expect((media.body.docs ?? []).map((d) => d.id)).toEqual([ref.media.a])
    const campaign = await rest(`/campaigns/${ref.campaigns.a}`)
    expect(campaign.status).toBe(200)
    expect(campaign.body).not.toHaveProperty('internalNotes')
    expect(campaign.body).not.toHaveProperty('structures')
    // Filtering on a hidden field is refused too, so it cannot be guessed from the results.
    expect((await rest(`/campaigns?where[internalNotes][like]=Note`)).status).toBe(400)
  })

  it('GraphQL serves published content and hides drafts, versions, tenants and internal fields', async () => {
    const stories = await graphql('{ Stories(draft: true) { docs { id title } } }')
    const ids = ((stories.data?.Stories as { docs: { id: string }[] }).docs ?? []).map((d) => d.id)
    expect(ids).toContain(ref.stories.a)
    expect(ids).not.toContain(ref.stories.b)
    expect(JSON.stringify(stories)).not.toContain(SECRET)
    expect(JSON.stringify(stories)).toMatch(/Témoignage a/)

    const draft = await graphql(`{ Story(id: "${ref.stories.b}", draft: true) { title } }`)
    expect(draft.data?.Story ?? null).toBeNull()
    expect(draft.errors?.length).toBeGreaterThan(0)

    const versions = await graphql('{ versionsStories { docs { id } } }')
    expect(versions.errors?.[0].message).toMatch(/not allowed|autorisé/i)

    const structures = await graphql('{ Structures { docs { id name } } }')
    expect(structures.data?.Structures ?? null).toBeNull()
    expect(structures.errors?.length).toBeGreaterThan(0)

    const campaigns = await graphql('{ Campaigns { docs { id title phase internalNotes structures { id } } } }')
    const campaign = ((campaigns.data?.Campaigns as { docs: Record<string, unknown>[] }).docs ?? []).find(
      (c) => c.id === ref.campaigns.a,
    )
    expect(campaign).toMatchObject({ title: expect.any(String), phase: 'pilot', internalNotes: null })
    // This campaign lists a structure (set above); GraphQL renders the hidden list as empty.
    expect(campaign?.structures ?? []).toEqual([])
  })
})
