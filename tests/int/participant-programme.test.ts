/**
 * The personal page gives what the convocation promises: the session's programme (modules, their length, the
 * objectives) and the house rules, a public PDF the admin uploads once in the organisation settings.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import { paragraph, renderPdf } from '../../src/documents/pdf'
import { ProgrammeSection } from '../../src/app/(public)/p/_components/programme-section'
import { seed } from '../../src/seed'
import { loadProgrammeForParticipants } from '../../src/sessions/programme-for-participants'
import { bootPayload } from '../helpers/boot'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

let env: TestEnv
let payload: Payload
let sessionId: string

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  await seed(payload)
  sessionId = String((await payload.find({ collection: 'sessions', limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id)
})

const upload = async (audience: 'public' | 'internal', mimetype: 'application/pdf' | 'image/png', name: string) => {
  const data =
    mimetype === 'application/pdf'
      ? await renderPdf({ title: name, createdAt: new Date() }, (doc) => paragraph(doc, 'Règlement'))
      : await sharp({ create: { width: 2, height: 2, channels: 3, background: '#ffffff' } }).png().toBuffer()
  return payload.create({ collection: 'media', overrideAccess: true, data: { alt: name, audience }, file: { data, mimetype, name, size: data.length } })
}

/** The field's own message when the settings refuse a house-rules file (undefined when they accept it). */
async function refusal(rulesDocument: string): Promise<string | undefined> {
  try {
    await payload.updateGlobal({ slug: 'organisation-settings', data: { rulesDocument }, overrideAccess: true })
    return undefined
  } catch (error) {
    return (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors?.find((e) => e.path === 'rulesDocument')?.message
  }
}

describe('the participant page’s programme and house rules', () => {
  it('gives the session’s programme, module by module, with the hours the programme states', async () => {
    const programme = await loadProgrammeForParticipants(payload, sessionId)
    const session = await payload.findByID({ collection: 'sessions', id: sessionId, depth: 1, overrideAccess: true })
    const stored = session.programme as { title: string; modules: { title: string; minutes: number }[] }
    expect(programme?.title).toBe(stored.title)
    expect(programme?.modules.map((m) => m.title)).toEqual(stored.modules.map((m) => m.title))
    expect(programme?.totalHours).toBe(stored.modules.reduce((h, m) => h + m.minutes, 0) / 60)
    expect(programme?.objectives.length).toBeGreaterThan(0)

    const html = renderToStaticMarkup(createElement(ProgrammeSection, { programme: programme!, lang: 'fr' }))
    expect(html).toContain('Le programme')
    for (const m of stored.modules) expect(html).toContain(m.title.replace(/'/g, '&#x27;'))
  })

  it('links the demo’s règlement intérieur, a public PDF', async () => {
    const programme = await loadProgrammeForParticipants(payload, sessionId)
    expect(programme?.rules?.url).toMatch(/\/api\/media\/file\/reglement-interieur.*\.pdf$/)
    const html = renderToStaticMarkup(createElement(ProgrammeSection, { programme: programme!, lang: 'en' }))
    expect(html).toContain('Read the house rules (PDF, in French)')
    expect(html).toContain(`href="${programme!.rules!.url}"`)
  })

  it('refuses as house rules a file participants could not open, or not a PDF, and keeps the one in place', async () => {
    const before = (await payload.findGlobal({ slug: 'organisation-settings', depth: 0, overrideAccess: true })).rulesDocument
    const internal = await upload('internal', 'application/pdf', 'rules-internal.pdf')
    expect(await refusal(internal.id)).toMatch(/doit être un fichier « Public ».* \/ the house rules must be a "Public" file/)
    const image = await upload('public', 'image/png', 'rules.png')
    expect(await refusal(image.id)).toBe('Le règlement intérieur doit être un PDF / the house rules must be a PDF')
    const after = (await payload.findGlobal({ slug: 'organisation-settings', depth: 0, overrideAccess: true })).rulesDocument
    expect(after).toEqual(before)
  })

  it('says the rules will be handed over when none is recorded', async () => {
    const programme = await loadProgrammeForParticipants(payload, sessionId)
    const html = renderToStaticMarkup(createElement(ProgrammeSection, { programme: { ...programme!, rules: undefined }, lang: 'fr' }))
    expect(html).toContain('Le règlement intérieur vous sera remis le premier jour')
  })
})
