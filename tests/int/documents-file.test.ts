/**
 * The documents of a realistic finished file (the demo's 2013 session): each is generated, stored on the file
 * with a version, opens as a PDF stating the file's facts, and is downloadable by whoever may read the file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { generateFileDocuments } from '../../jobs/shared/documents'
import { seedHistory, type HistoryReport } from '../../src/seed/history'
import { makeSiret } from '../../src/validation/siret'
import { bootPayload } from '../helpers/boot'
import { restRequest } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { pdfText } from '../unit/documents/pdf-text'

let payload: Payload
let history: HistoryReport
const PASSWORD = 'motdepasse-doc'
const users: Record<'coordinator' | 'ownAdmin' | 'otherAdmin' | 'facilitator', string> = { coordinator: '', ownAdmin: '', otherAdmin: '', facilitator: '' }

const rest = (path: string, who?: keyof typeof users, method = 'GET') =>
  restRequest(payload, { method, path, login: who ? { email: users[who], password: PASSWORD } : undefined })

const fileDocs = async (id: string) =>
  ((await payload.findByID({ collection: 'funding-files', id, depth: 0, overrideAccess: true })).documents ?? []) as { type: string; version?: number | null }[]

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  history = await seedHistory(payload)
  const other = await payload.create({
    collection: 'structures',
    overrideAccess: true,
    data: { name: 'ACI Autre', type: 'aci', siret: makeSiret('77712345', '0001'), commune: 'Nice', departement: '06' } as never,
  })
  const user = async (key: keyof typeof users, role: string, structures: string[] = []) => {
    users[key] = `${key}@documents.test`
    await payload.create({ collection: 'users', overrideAccess: true, context: { skipWelcomeMail: true }, data: { email: users[key], password: PASSWORD, name: key, role, language: 'fr', structures } as never })
  }
  await user('coordinator', 'coordinator')
  await user('ownAdmin', 'structure-admin', [history.structureIds[0]])
  await user('otherAdmin', 'structure-admin', [String(other.id)])
  await user('facilitator', 'facilitator')
}, 300_000)

afterAll(async () => {
  await payload?.destroy?.()
})

describe('documents of a finished file', () => {
  it('stores every document on the file, version 1, and the report on the first file', async () => {
    const types = (await fileDocs(history.fileIds[0])).map((d) => `${d.type} v${d.version}`).sort()
    expect(types).toEqual(['attendanceSheet v1', 'attestation v1', 'certificat v1', 'convocation v1', 'dpcPack v1', 'report v1'])
  })

  it('each downloaded document is a PDF stating the file’s facts', async () => {
    const id = history.fileIds[0]
    const expectations: Record<string, string[]> = {
      convocation: ['Convocation à la formation', 'Nadia Ferhat', 'ERIC La Fabrique (démo)', '14/10/2013 matin (9 h – 12 h 30)'],
      attendanceSheet: ["Feuille d'émargement", 'Thomas Girard', 'Absent·e', 'Karim Benali (démo)', 'Contresigné par le formateur'],
      attestation: ['Attestation de fin de formation', 'Accompagner une démarche administrative en ligne', '14 heures sur 21 heures'],
      certificat: ['Certificat de réalisation', 'Je soussigné·e Hélène Garcia, Présidente, représentant légal', 'Nom et prénom du bénéficiaire : Sabrina Costa', 'CHRS L’Escale (démo)', 'Pour une durée de : 21 heures', 'Uniformation'],
      dpcPack: ['1. Programme', 'Pourquoi le numérique nous concerne', '2. Devis', '4 440,00 €', '4. Liste des participants', 'Marc Lefèvre'],
      report: ['Bilan de session', 'Satisfaction à chaud', 'Très concret, merci à Karim.', 'Oui, cela nous intéresse : 1'],
    }
    for (const [type, facts] of Object.entries(expectations)) {
      const res = await rest(`/funding-files/${id}/documents/${type}`, 'ownAdmin')
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/pdf')
      const { text } = await pdfText(Buffer.from(await res.arrayBuffer()))
      for (const fact of facts) expect(`${type}: ${text}`).toContain(fact)
    }
  })

  it('a file only lists its own structure’s trainees', async () => {
    const res = await rest(`/funding-files/${history.fileIds[1]}/documents/certificat`, 'coordinator')
    const { text } = await pdfText(Buffer.from(await res.arrayBuffer()))
    expect(text).toContain('Claire Bonnet')
    expect(text).not.toContain('Nadia Ferhat')
  })

  it('a regenerated document gets the next version; the previous one stays downloadable', async () => {
    const id = history.fileIds[0]
    const res = await rest(`/funding-files/${id}/documents/certificat`, 'coordinator', 'POST')
    expect(res.status).toBe(201)
    expect(((await res.json()) as { document: { version: number } }).document.version).toBe(2)
    const [stored] = await generateFileDocuments(payload, id, ['certificat'])
    expect(stored.version).toBe(3)
    expect((await fileDocs(id)).filter((d) => d.type === 'certificat').map((d) => d.version)).toEqual([1, 2, 3])
    expect((await rest(`/funding-files/${id}/documents/certificat?version=1`, 'ownAdmin')).status).toBe(200)
  })

  it('a generated document leaves the file’s updatedAt alone: an open edit view is not told someone else changed it', async () => {
    const id = history.fileIds[0]
    const before = await payload.findByID({ collection: 'funding-files', id, depth: 0, overrideAccess: true })
    const [stored] = await generateFileDocuments(payload, id, ['attestation'])
    const after = await payload.findByID({ collection: 'funding-files', id, depth: 1, overrideAccess: true })
    expect(after.updatedAt).toBe(before.updatedAt)
    const row = (after.documents ?? []).find((d) => d.type === 'attestation' && d.version === stored.version)
    expect(row?.id).toMatch(/^[0-9a-f]{24}$/)
    expect(typeof row?.file === 'object' && row.file !== null ? String(row.file.id) : row?.file).toBe(stored.mediaId)
    expect((after.documents ?? []).length).toBe((before.documents ?? []).length + 1)
    // That write gives the adapter the documents only, and SQLite's rewrites every array it is not given: the file
    // must keep `documents` as its only array (src/documents/store.ts).
    const arrays = payload.collections['funding-files'].config.flattenedFields.filter((f) => f.type === 'array' || f.type === 'blocks' || ('hasMany' in f && f.hasMany === true)).map((f) => f.name)
    expect(arrays).toEqual(['documents'])
  })

  it('only people who may read the file download its documents', async () => {
    const path = `/funding-files/${history.fileIds[0]}/documents/attendanceSheet`
    expect((await rest(path)).status).toBe(401)
    expect((await rest(path, 'otherAdmin')).status).toBe(404)
    expect((await rest(path, 'facilitator')).status).toBe(404)
    expect((await rest(path, 'coordinator')).status).toBe(200)
    expect((await rest(`/funding-files/${history.fileIds[0]}/documents/certificat`, 'ownAdmin', 'POST')).status).toBe(403)
    expect((await rest(`/funding-files/${history.fileIds[0]}/documents/nope`, 'coordinator')).status).toBe(400)
  })

  it('keeps the stored PDFs out of other structures’ reach through /api/media too', async () => {
    const ids = async (who: keyof typeof users) => {
      const response = await rest('/media?limit=200&depth=0', who)
      return ((await response.json()) as { docs: { id: string; audience: string }[] }).docs
    }
    const generated = (await ids('coordinator')).filter((m) => m.audience === 'structure')
    expect(generated.length).toBeGreaterThan(0)
    expect((await ids('ownAdmin')).filter((m) => m.audience === 'structure').length).toBeGreaterThan(0)
    expect((await ids('otherAdmin')).filter((m) => m.audience === 'structure')).toEqual([])
    expect((await ids('facilitator')).filter((m) => m.audience === 'structure')).toEqual([])
    expect((await rest(`/media/${generated[0].id}`, 'otherAdmin')).status).toBe(404)
  })

  it('seedHistory is idempotent', async () => {
    const again = await seedHistory(payload)
    expect(again.created).toBe(false)
    expect(again.fileIds.sort()).toEqual([...history.fileIds].sort())
  })
})
