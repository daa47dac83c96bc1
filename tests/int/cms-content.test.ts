import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Programme, Story, User } from '../../src/payload-types'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'

/**
 * The editorial model end to end on a seeded database: idempotent seed, bad input rejected with a bilingual
 * message and nothing stored, versions and scheduled publication, derived fields, media sizes.
 */

let payload: Payload
const users: Record<string, User & { collection: 'users' }> = {}

/** The field errors of a rejected Local API call (Payload ValidationError), or a failure if it went through. */
async function rejection(operation: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await operation
  } catch (error) {
    const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    if (data?.errors?.length) return data.errors
    throw error
  }
  throw new Error('expected the operation to be rejected, it succeeded')
}

const byEmail = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  return { ...docs[0], collection: 'users' as const }
}

const count = async (collection: 'structures' | 'stories' | 'programmes' | 'media', where = {}) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  const { seed } = await import('../../src/seed')
  await seed(payload)
  users.admin = await byEmail('admin@essaim.local')
  users.coordinator = await byEmail('coordination@essaim.local')
  users.editor = await byEmail('edition@essaim.local')
  users.structureAdmin = await byEmail('structure@essaim.local')
  users.facilitator = await byEmail('animation@essaim.local')
})

afterAll(async () => {
  await payload?.destroy()
})

describe('seed content', () => {
  it('loads the programme’s history and changes nothing when run again', async () => {
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          (['eric-spaces', 'structures', 'facilitators', 'campaigns', 'programmes', 'stories', 'news'] as const).map(
            async (c) => [c, (await payload.count({ collection: c, overrideAccess: true })).totalDocs],
          ),
        ),
      )
    expect(await counts()).toEqual({
      'eric-spaces': 10,
      structures: 11,
      facilitators: 1,
      campaigns: 3,
      programmes: 1,
      stories: 4,
      news: 3,
    })
    const before = await counts()
    const versionsBefore = (await payload.countVersions({ collection: 'stories', overrideAccess: true })).totalDocs
    const { seed } = await import('../../src/seed')
    const again = await seed(payload)
    expect(again.created).toBe(0)
    expect(await counts()).toEqual(before)
    expect((await payload.countVersions({ collection: 'stories', overrideAccess: true })).totalDocs).toBe(
      versionsBefore,
    )
  })

  it('has the 2013 experimentation with two shelters of Bouches-du-Rhône, in June–July', async () => {
    const { docs } = await payload.find({
      collection: 'campaigns',
      where: { slug: { equals: 'experimentation-2013' } },
      depth: 1,
      overrideAccess: true,
    })
    const campaign = docs[0]
    expect(campaign.phase).toBe('experimentation')
    expect(campaign.startDate.slice(0, 7)).toBe('2013-06')
    expect(campaign.endDate?.slice(0, 7)).toBe('2013-07')
    const structures = (campaign.structures ?? []).map((s) => (typeof s === 'string' ? undefined : s))
    expect(structures).toHaveLength(2)
    expect(structures.every((s) => s?.departement === '13' && s.type === 'chrs')).toBe(true)
  })

  it('has the 21-hour programme, published, with the protected “why” first', async () => {
    const { docs } = await payload.find({ collection: 'programmes', draft: false, overrideAccess: false })
    const [programme] = docs
    expect(programme.durationHours).toBe(21)
    expect(programme.modules?.map((m) => m.minutes).reduce((a, b) => a + b, 0)).toBe(21 * 60)
    expect(programme.modules?.[0]).toMatchObject({ kind: 'why', protected: true })
    expect(programme.modules?.filter((m) => m.protected)).toHaveLength(1)
    expect(programme.lastReviewedAt).toBeTruthy()
  })

  it('links the demo structure admin to one structure and the demo facilitator to an ERIC space', async () => {
    const own = await payload.find({ collection: 'structures', user: users.structureAdmin, overrideAccess: false })
    expect(own.docs.map((s) => s.name)).toEqual(['CHRS Les Glycines'])
    const followed = await payload.find({
      collection: 'structures',
      user: users.facilitator,
      overrideAccess: false,
      sort: 'name',
    })
    expect(followed.docs.map((s) => s.name)).toEqual([
      'CADA Le Grand Large',
      'CHRS Les Glycines',
      'Foyer rural La Draille',
    ])
    const spaces = await payload.find({ collection: 'eric-spaces', user: users.facilitator, overrideAccess: false })
    expect(spaces.docs.map((e) => e.name)).toEqual(['ERIC La Fabrique du Panier'])
  })
})

describe('bad input is rejected with a bilingual message and nothing is stored', () => {
  const structure = {
    name: 'CHRS Test',
    type: 'chrs' as const,
    commune: 'Marseille',
    departement: '13' as const,
    contactStatus: 'to-approach' as const,
  }

  it('refuses an invalid SIRET', async () => {
    const before = await count('structures')
    const errors = await rejection(
      payload.create({
        collection: 'structures',
        overrideAccess: false,
        user: users.coordinator,
        data: { ...structure, siret: '12345678901234' },
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'siret',
        message: 'SIRET invalide (14 chiffres, clé de Luhn) / invalid SIRET (14 digits, Luhn key)',
      }),
    ])
    expect(await count('structures')).toBe(before)
  })

  it('refuses an unknown département', async () => {
    const before = await count('structures')
    const { makeSiret } = await import('../../src/validation/siret')
    const errors = await rejection(
      payload.create({
        collection: 'structures',
        overrideAccess: false,
        user: users.coordinator,
        // The API takes any string; the generated type lists the known codes.
        data: { ...structure, siret: makeSiret('11111111', '0001'), departement: '99' as '13' },
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'departement',
        message: expect.stringMatching(/Département inconnu « 99 ».* \/ unknown département "99"/),
      }),
    ])
    expect(await count('structures')).toBe(before)
  })

  it('refuses a bad SIRET from a structure admin editing their own structure, leaving it as it was', async () => {
    const [own] = (await payload.find({ collection: 'structures', user: users.structureAdmin, overrideAccess: false }))
      .docs
    const errors = await rejection(
      payload.update({
        collection: 'structures',
        id: own.id,
        user: users.structureAdmin,
        overrideAccess: false,
        data: { siret: '81354720' },
      }),
    )
    expect(errors[0].path).toBe('siret')
    const after = await payload.findByID({ collection: 'structures', id: own.id, overrideAccess: true })
    expect(after.siret).toBe(own.siret)
  })

  it('refuses publishing a story that quotes a person without a recorded consent', async () => {
    const [draft] = (
      await payload.find({
        collection: 'stories',
        where: { slug: { equals: 'ce-que-la-formation-a-change-pour-l-equipe-de-nuit' } },
        draft: true,
        overrideAccess: true,
      })
    ).docs
    expect(draft._status).toBe('draft')
    const versionsBefore = (
      await payload.countVersions({
        collection: 'stories',
        where: { parent: { equals: draft.id } },
        overrideAccess: true,
      })
    ).totalDocs
    const errors = await rejection(
      payload.update({
        collection: 'stories',
        id: draft.id,
        user: users.editor,
        overrideAccess: false,
        data: { _status: 'published' },
      }),
    )
    expect(errors.map((e) => e.path)).toEqual(['consent.givenBy', 'consent.givenAt', 'consent.scope'])
    expect(errors[0].message).toMatch(/^Consentement manquant.* \/ consent missing/)
    const after = await payload.findByID({ collection: 'stories', id: draft.id, draft: true, overrideAccess: true })
    expect(after._status).toBe('draft')
    expect(
      (
        await payload.countVersions({
          collection: 'stories',
          where: { parent: { equals: draft.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(versionsBefore)
    // Saving the draft itself stays possible: consent is only needed to publish.
    await payload.update({
      collection: 'stories',
      id: draft.id,
      user: users.editor,
      overrideAccess: false,
      draft: true,
      data: { tags: ['pilote 2014', 'nuit'] },
    })
  })

  it('publishes the same story once the consent (who, when, website scope) is recorded', async () => {
    const story = await payload.create({
      collection: 'stories',
      user: users.editor,
      overrideAccess: false,
      draft: true,
      data: {
        title: 'Une session au Relais des Alpes',
        body: (await payload.find({ collection: 'stories', limit: 1, overrideAccess: true })).docs[0].body,
        quote: { text: 'On a enfin parlé de nos pratiques.', personName: 'Agnès V.' },
        consent: { givenBy: 'Agnès V.', givenAt: '2014-03-02T00:00:00.000Z', scope: ['internal'] },
      },
    })
    expect(story.slug).toBe('une-session-au-relais-des-alpes')
    const errors = await rejection(
      payload.update({
        collection: 'stories',
        id: story.id,
        user: users.editor,
        overrideAccess: false,
        data: { _status: 'published' },
      }),
    )
    expect(errors.map((e) => e.path)).toEqual(['consent.scope'])
    const published = await payload.update({
      collection: 'stories',
      id: story.id,
      user: users.editor,
      overrideAccess: false,
      data: { _status: 'published', consent: { scope: ['internal', 'website'] } },
    })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
  })

  it('refuses shortening, removing or unprotecting the protected module, except for an admin', async () => {
    const [programme] = (await payload.find({ collection: 'programmes', overrideAccess: true })).docs
    const modules = programme.modules ?? []
    const why = modules[0]
    const versionsBefore = (await payload.countVersions({ collection: 'programmes', overrideAccess: true })).totalDocs
    const attempt = (next: NonNullable<Programme['modules']>, user = users.coordinator) =>
      payload.update({
        collection: 'programmes',
        id: programme.id,
        user,
        overrideAccess: false,
        data: { modules: next },
      })

    const shortened = await rejection(attempt([{ ...why, minutes: 90 }, ...modules.slice(1)]))
    expect(shortened).toEqual([
      expect.objectContaining({
        path: 'modules.0.minutes',
        message: expect.stringMatching(/ne peut pas être raccourci \(180 → 90 min.* \/ .*cannot be shortened/),
      }),
    ])
    const removed = await rejection(attempt(modules.slice(1)))
    expect(removed[0].message).toMatch(/ne peut pas être supprimé.* \/ .*cannot be removed/)
    const unprotected = await rejection(attempt([{ ...why, protected: false }, ...modules.slice(1)]))
    expect(unprotected[0].path).toBe('modules.0.protected')

    const unchanged = await payload.findByID({ collection: 'programmes', id: programme.id, overrideAccess: true })
    expect(unchanged.modules?.[0]).toMatchObject({ id: why.id, minutes: 180, protected: true })
    expect((await payload.countVersions({ collection: 'programmes', overrideAccess: true })).totalDocs).toBe(
      versionsBefore,
    )

    // Other modules stay free to edit, and re-ordering is not cutting.
    const reordered = [modules[1], { ...why, minutes: 195 }, ...modules.slice(2)]
    const edited = await attempt(reordered)
    expect(edited.modules?.[1]).toMatchObject({ id: why.id, minutes: 195 })
    // An admin may shorten it (a deliberate decision, kept in the versions).
    const byAdmin = await attempt([{ ...why, minutes: 150 }, ...modules.slice(1)], users.admin)
    expect(byAdmin.modules?.[0].minutes).toBe(150)
    await attempt(modules, users.admin)
    // Restoring that shortened version is shortening too.
    const short = (
      await payload.findVersions({
        collection: 'programmes',
        where: { parent: { equals: programme.id } },
        limit: 100,
        overrideAccess: true,
      })
    ).docs.find((v) => v.version.modules?.[0]?.minutes === 150)
    expect(short).toBeDefined()
    const restored = await rejection(
      payload.restoreVersion({
        collection: 'programmes',
        id: String(short?.id),
        user: users.coordinator,
        overrideAccess: false,
      }),
    )
    expect(restored[0].message).toMatch(/cannot be shortened/)
  })

  it('refuses a national campaign with a region, and an end before the start', async () => {
    const errors = await rejection(
      payload.create({
        collection: 'campaigns',
        user: users.coordinator,
        overrideAccess: false,
        data: {
          title: 'Essaimage national',
          phase: 'national',
          region: 'paca',
          startDate: '2017-01-01T00:00:00.000Z',
          endDate: '2016-01-01T00:00:00.000Z',
        },
      }),
    )
    expect(errors.map((e) => e.path).sort()).toEqual(['endDate', 'region'])
    expect(errors.every((e) => e.message.includes(' / '))).toBe(true)
  })

  it('refuses an image without alternative text', async () => {
    const before = await count('media')
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c06030' } })
      .png()
      .toBuffer()
    const errors = await rejection(
      payload.create({
        collection: 'media',
        user: users.editor,
        overrideAccess: false,
        data: { alt: '  ', audience: 'public' },
        file: { data: png, mimetype: 'image/png', name: 'sans-alt.png', size: png.length },
      }),
    )
    expect(errors[0]).toMatchObject({
      path: 'alt',
      message: expect.stringMatching(/Texte alternatif obligatoire.* \/ alternative text required/),
    })
    expect(await count('media')).toBe(before)
  })
})

describe('versions, scheduled publication, derived fields', () => {
  it('publishes a scheduled story when the job runs, and never one without consent', async () => {
    const body = (await payload.find({ collection: 'stories', limit: 1, overrideAccess: true })).docs[0].body
    const make = (title: string, consent: Story['consent']) =>
      payload.create({
        collection: 'stories',
        user: users.editor,
        overrideAccess: false,
        draft: true,
        data: { title, body, quote: { text: 'Merci.', personName: 'Léa' }, consent },
      })
    const ready = await make('Programmée avec consentement', {
      givenBy: 'Léa',
      givenAt: '2014-01-01T00:00:00.000Z',
      scope: ['website'],
    })
    const blocked = await make('Programmée sans consentement', {})
    // What the admin's "Schedule publish" does: a Payload job on the default queue, run by the jobs runner.
    for (const story of [ready, blocked]) {
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'stories', value: story.id },
          user: { relationTo: 'users', value: users.editor.id },
        },
        waitUntil: new Date(Date.now() - 1000),
      })
    }
    // One at a time: SQLite has a single writer.
    await payload.jobs.run({ limit: 10, sequential: true })
    const status = async (id: string) =>
      (await payload.findByID({ collection: 'stories', id, draft: true, overrideAccess: true }))._status
    expect(await status(ready.id)).toBe('published')
    expect(await status(blocked.id)).toBe('draft')
  })

  it('keeps every programme version and stamps the public “last update” at publication', async () => {
    const [programme] = (await payload.find({ collection: 'programmes', overrideAccess: true })).docs
    const draft = await payload.update({
      collection: 'programmes',
      id: programme.id,
      user: users.coordinator,
      overrideAccess: false,
      draft: true,
      data: { price: { amountPerDay: 1600 } },
    })
    expect(draft.price?.amountPerDay).toBe(1600)
    // The public still reads the published version.
    const publicView = await payload.findByID({ collection: 'programmes', id: programme.id, overrideAccess: false })
    expect(publicView.price?.amountPerDay).toBe(1500)
    const published = await payload.update({
      collection: 'programmes',
      id: programme.id,
      user: users.coordinator,
      overrideAccess: false,
      data: { _status: 'published' },
    })
    expect(published.price?.amountPerDay).toBe(1600)
    expect(new Date(published.lastReviewedAt ?? 0).getTime()).toBeGreaterThan(
      new Date(programme.lastReviewedAt ?? 0).getTime(),
    )
    const versions = await payload.findVersions({
      collection: 'programmes',
      where: { parent: { equals: programme.id } },
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('derives the OPCO from the IDCC, keeps a hand-made choice, and derives the region', async () => {
    const { makeSiret } = await import('../../src/validation/siret')
    const created = await payload.create({
      collection: 'structures',
      user: users.coordinator,
      overrideAccess: false,
      data: {
        name: 'ACI Test',
        type: 'aci',
        siret: makeSiret('22222222', '0002'),
        idcc: '3016',
        commune: 'Ajaccio',
        departement: '2A',
        contactStatus: 'to-approach',
      },
    })
    expect(created).toMatchObject({ idcc: '3016', opco: 'uniformation', region: 'corse' })
    const chosen = await payload.update({
      collection: 'structures',
      id: created.id,
      user: users.coordinator,
      overrideAccess: false,
      data: { opco: 'autre' },
    })
    expect(chosen.opco).toBe('autre')
    const touched = await payload.update({
      collection: 'structures',
      id: created.id,
      user: users.coordinator,
      overrideAccess: false,
      data: { name: 'ACI Test bis' },
    })
    expect(touched.opco).toBe('autre')
    const recoded = await payload.update({
      collection: 'structures',
      id: created.id,
      user: users.coordinator,
      overrideAccess: false,
      data: { idcc: '413', departement: '2B' },
    })
    expect(recoded).toMatchObject({ idcc: '0413', opco: 'opco-sante', region: 'corse', departement: '2B' })
  })

  it('resizes uploaded images to thumbnail, card and hero', async () => {
    // Image resizing needs `sharp` in the Payload config (reported); provided here if it is not there yet.
    if (!payload.config.sharp)
      payload.config.sharp = (await import('sharp')).default as unknown as typeof payload.config.sharp
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#2a6f97' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      user: users.editor,
      overrideAccess: false,
      data: { alt: 'Atelier à l’espace ERIC', audience: 'public' },
      file: { data: png, mimetype: 'image/png', name: 'atelier-test.png', size: png.length },
    })
    try {
      expect(media.sizes?.thumbnail).toMatchObject({ width: 400, height: 300 })
      expect(media.sizes?.card).toMatchObject({ width: 768, height: 512 })
      expect(media.sizes?.hero).toMatchObject({ width: 1600, height: 960 })
    } finally {
      // Removes the files from data/media too.
      await payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
    }
  })
})
