import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { restRequest } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { waitFor } from '../helpers/wait'

let payload: Payload
let makeSiret: (body: string, establishment: string) => string
let facilitatorProfile: string
let otherProfile: string

/** A REST call as `who` (an account e-mail) or anonymous. */
const rest = (method: 'GET' | 'POST', path: string, who?: string, body?: BodyInit, contentType?: string) =>
  restRequest(payload, { method, path, login: who ? { email: who, password: 'motdepasse-1' } : undefined, body, contentType })

const COORD = 'coord@admin.example.org'
const ANIM = 'anim@admin.example.org'
const OTHER = 'autre@admin.example.org'

async function user(email: string, role: string) {
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: { email, password: 'motdepasse-1', name: email, role, language: 'fr' } as never,
  })
}

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  ;({ makeSiret } = await import('../../src/validation/siret'))
  await user(COORD, 'coordinator')
  const space = await payload.create({ collection: 'eric-spaces', overrideAccess: true, data: { name: 'ERIC Test', commune: 'Nice', postalCode: '06000', departement: '06', email: 'eric@example.org' } as never })
  for (const [email, name] of [
    [ANIM, 'Anim Un'],
    [OTHER, 'Anim Deux'],
  ]) {
    const account = await user(email, 'facilitator')
    const profile = await payload.create({ collection: 'facilitators', overrideAccess: true, data: { name, user: account.id, ericSpace: space.id } as never })
    if (email === ANIM) facilitatorProfile = String(profile.id)
    else otherProfile = String(profile.id)
  }
}, 60_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('import in the admin (upload endpoint)', () => {
  it('starts an import from a form upload, shows its progress document, and serves the error report as CSV', async () => {
    const csv = [
      'siret;nom;type;departement;commune;email;animateur_email',
      `${makeSiret('70000001', '0041')};CHRS Azur;chrs;06;Nice;azur@example.org;${ANIM}`,
      `${makeSiret('70000002', '0041')};CADA Mistral;cada;06;Nice;mistral@example.org;${OTHER}`,
      `${makeSiret('70000003', '0041')};Inconnue;hotel;06;Nice;;`,
      `${makeSiret('70000004', '0041')};ACI Sans Animateur;aci;06;Nice;;personne@example.org`,
    ].join('\n')
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'structures-06.csv')
    const res = await rest('POST', '/structure-imports/upload', COORD, form)
    expect(res.status).toBe(202)
    const { id, total } = (await res.json()) as { id: string; total: number }
    expect(total).toBe(4)
    const doc = await waitFor('the import to finish', async () => {
      const found = await payload.findByID({ collection: 'structure-imports', id, overrideAccess: true })
      return found.status === 'done' ? found : undefined
    })
    expect(doc).toMatchObject({ filename: 'structures-06.csv', source: 'admin', total: 4, processed: 4, created: 2, rejected: 2 })
    const report = await rest('GET', `/structure-imports/${id}/errors.csv`, COORD)
    expect(report.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await report.arrayBuffer())
    // A UTF-8 byte order mark: Excel then reads the accents right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(lines[0]).toBe('ligne;siret;nom;colonne;erreur')
    expect(lines[1]).toMatch(/^4;\d{14};Inconnue;type;"?Type inconnu « hotel »/)
    expect(lines[2]).toMatch(/^5;\d{14};ACI Sans Animateur;animateur_email;"?Aucun animateur n’a le compte « personne@example.org »/)
  })

  it('answers a refused file at once with its reason, and refuses non-staff', async () => {
    const res = await rest('POST', '/structure-imports/upload?filename=x.csv', COORD, 'nom;commune\nA;B', 'text/csv')
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toMatch(/colonne obligatoire « siret » absente/)
    expect((await rest('POST', '/structure-imports/upload', ANIM, 'siret', 'text/csv')).status).toBe(403)
    expect((await rest('POST', '/structure-imports/upload', undefined, 'siret', 'text/csv')).status).toBe(401)
  })
})

describe('exports', () => {
  it('exports the structures in the import format, which imports back unchanged', async () => {
    const res = await rest('GET', '/structures/export.csv', COORD)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="structures-\d{4}-\d{2}-\d{2}\.csv"/)
    const csv = await res.text()
    expect(csv).toContain('CHRS Azur')
    expect(csv).toContain(`;${ANIM};`)
    const { startStructureImport } = await import('../../collections/imports/run-import')
    const again = await startStructureImport(payload, { bytes: new TextEncoder().encode(csv), filename: 'export.csv', source: 'cli' })
    expect(await again.done).toMatchObject({ total: 2, unchanged: 2, created: 0, updated: 0, rejected: 0 })
  })

  it('gives a facilitator their own worklist, and refuses them another one', async () => {
    const mine = await (await rest('GET', '/structures/worklist.csv', ANIM)).text()
    expect(mine).toContain('CHRS Azur')
    expect(mine).not.toContain('CADA Mistral')
    expect((await rest('GET', `/structures/worklist.csv?facilitator=${otherProfile}`, ANIM)).status).toBe(403)
    const theirs = await (await rest('GET', `/structures/worklist.csv?facilitator=${otherProfile}`, COORD)).text()
    expect(theirs).toContain('CADA Mistral')
    expect((await rest('GET', '/structures/worklist.csv', COORD)).status).toBe(400)
    expect(facilitatorProfile).toBeTruthy()
  })
})

describe('national roll-out', () => {
  it('makes a new region’s campaign from a template in one action, once', async () => {
    const template = await payload.create({
      collection: 'campaigns',
      overrideAccess: true,
      data: {
        title: 'Déploiement régional',
        phase: 'regional',
        region: 'paca',
        startDate: '2027-01-04T00:00:00.000Z',
        summary: 'Trois jours pour toute l’équipe.',
        targets: { structures: 150, ericSpaces: 20 },
        kit: { link: 'https://essaim.example.org/kit', documents: [{ line: 'Plaquette' }] },
        internalNotes: 'Notes de la région modèle',
      },
    })
    const res = await rest('POST', `/campaigns/${template.id}/clone`, COORD, JSON.stringify({ region: 'bretagne', startDate: '2027-09-01' }), 'application/json')
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }
    const made = await payload.findByID({ collection: 'campaigns', id, overrideAccess: true, depth: 0 })
    expect(made).toMatchObject({
      title: 'Déploiement régional – Bretagne',
      phase: 'regional',
      region: 'bretagne',
      slug: 'deploiement-regional-bretagne',
      summary: 'Trois jours pour toute l’équipe.',
      targets: { structures: 150, ericSpaces: 20 },
      kit: { link: 'https://essaim.example.org/kit', documents: [expect.objectContaining({ line: 'Plaquette' })] },
      kitMailing: { status: 'idle' },
      clonedFrom: String(template.id),
    })
    expect(made.internalNotes ?? null).toBeNull()
    const twice = await rest('POST', `/campaigns/${template.id}/clone`, COORD, JSON.stringify({ region: 'bretagne', startDate: '2027-09-01' }), 'application/json')
    expect(twice.status).toBe(409)
    expect(((await twice.json()) as { id: string }).id).toBe(id)
    const bad = await rest('POST', `/campaigns/${template.id}/clone`, COORD, JSON.stringify({ region: 'atlantide', startDate: '2027-09-01' }), 'application/json')
    expect(bad.status).toBe(400)
    expect((await rest('POST', `/campaigns/${template.id}/clone`, ANIM, JSON.stringify({ region: 'corse', startDate: '2027-09-01' }), 'application/json')).status).toBe(403)
  })
})

// Last: a second federation changes what « the platform's only federation » means for everything after it.
describe('import with several federations', () => {
  const ADMIN = 'admin@admin.example.org'
  const csvOf = (siret: string, name: string) => {
    const form = new FormData()
    form.append('file', new Blob([`siret;nom;type;departement;commune\n${siret};${name};chrs;35;Rennes`], { type: 'text/csv' }), 'bretagne.csv')
    return form
  }

  it('asks which federation before reading the file, puts the structures in the one named, and keeps a coordinator to theirs', async () => {
    await user(ADMIN, 'admin')
    const second = await payload.create({ collection: 'federations', overrideAccess: true, data: { name: 'FAS Bretagne', territory: 'Bretagne', phase: 'pilot' } as never })
    const siret = makeSiret('70000035', '0041')

    const unnamed = await rest('POST', '/structure-imports/upload', ADMIN, csvOf(siret, 'CHRS Rennes'))
    expect(unnamed.status).toBe(400)
    expect(((await unnamed.json()) as { message: string }).message).toBe('Choisissez la fédération : plusieurs existent et rien ne la désigne / choose the federation: there are several and nothing points to one')
    const nowhere = await rest('POST', '/structure-imports/upload?federation=inexistante', ADMIN, csvOf(siret, 'CHRS Rennes'))
    expect(nowhere.status).toBe(400)
    expect(((await nowhere.json()) as { message: string }).message).toBe('Cette fédération n’existe pas / this federation does not exist')
    // The coordinator belongs to the first federation only.
    const notTheirs = await rest('POST', `/structure-imports/upload?federation=${second.id}`, COORD, csvOf(siret, 'CHRS Rennes'))
    expect(notTheirs.status).toBe(400)
    expect(((await notTheirs.json()) as { message: string }).message).toBe('Vous n’importez que dans vos fédérations / you import into your own federations only')
    expect((await payload.find({ collection: 'structures', where: { siret: { equals: siret } }, overrideAccess: true })).totalDocs).toBe(0)

    const named = await rest('POST', `/structure-imports/upload?federation=${second.id}`, ADMIN, csvOf(siret, 'CHRS Rennes'))
    expect(named.status).toBe(202)
    const { id } = (await named.json()) as { id: string }
    await waitFor('the import to finish', async () => {
      const found = await payload.findByID({ collection: 'structure-imports', id, overrideAccess: true })
      return found.status === 'done' ? found : undefined
    })
    const made = (await payload.find({ collection: 'structures', where: { siret: { equals: siret } }, depth: 0, overrideAccess: true })).docs[0]
    expect(String(made?.federation)).toBe(String(second.id))
    // A coordinator of one federation still needs to name nothing.
    const own = await rest('POST', '/structure-imports/upload', COORD, csvOf(makeSiret('70000036', '0041'), 'CHRS Nice'))
    expect(own.status).toBe(202)
  })
})
