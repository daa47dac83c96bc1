import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'
import { waitFor } from '../helpers/wait'

let payload: Payload
let makeSiret: (body: string, establishment: string) => string
let start: typeof import('../../collections/imports/run-import').startStructureImport

const HEADER = 'siret;nom;type;departement;commune;code_postal;email;idcc;effectif'
const line = (i: number, overrides: Partial<Record<'siret' | 'nom' | 'type' | 'dep' | 'commune' | 'cp' | 'email', string>> = {}) =>
  [
    overrides.siret ?? makeSiret(String(30000000 + i), '0011'),
    overrides.nom ?? `CHRS Numéro ${i}`,
    overrides.type ?? 'CHRS',
    overrides.dep ?? '13',
    overrides.commune ?? 'Marseille',
    overrides.cp ?? '13001',
    overrides.email ?? `contact${i}@chrs.example.org`,
    '413',
    '25',
  ].join(';')
const csv = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\n'))

const bySiret = async (siret: string) =>
  (await payload.find({ collection: 'structures', where: { siret: { equals: siret } }, depth: 0, overrideAccess: true })).docs

async function importBytes(bytes: Uint8Array, filename = 'structures.csv') {
  const started = await start(payload, { bytes, filename, source: 'cli' })
  const progress = await started.done
  const doc = await payload.findByID({ collection: 'structure-imports', id: started.importId, overrideAccess: true })
  return { started, progress, doc }
}

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  ;({ makeSiret } = await import('../../src/validation/siret'))
  ;({ startStructureImport: start } = await import('../../collections/imports/run-import'))
})

afterAll(async () => {
  await payload?.destroy()
})

describe('import of structures (CSV, XLSX)', () => {
  it('stores the good rows and reports each bad one with its line and reason', async () => {
    const badSiret = '12345678901234'
    const { progress, doc } = await importBytes(
      csv([
        line(1),
        line(2, { siret: badSiret }),
        line(3, { type: 'Bibliothèque' }),
        line(4, { dep: '99' }),
        line(5, { email: 'pas-une-adresse' }),
        line(6, { nom: '' }),
        line(7, { type: 'Accueil de jour', dep: '4', cp: '4000' }),
        line(8, { siret: makeSiret('30000001', '0011') }), // the SIRET of line 2 (row 1): given twice
      ]),
    )
    expect(progress).toMatchObject({ total: 8, processed: 8, created: 2, rejected: 6 })
    expect(doc.status).toBe('done')
    const errors = doc.rowErrors as { line: number; column?: string; message: string }[]
    const reasons = Object.fromEntries(errors.map((e) => [e.line, `${e.column}: ${e.message}`]))
    expect(reasons).toEqual({
      3: expect.stringMatching(/^siret: SIRET invalide/),
      4: expect.stringMatching(/^type: Type inconnu « Bibliothèque »/),
      5: expect.stringMatching(/^departement: Département inconnu « 99 »/),
      6: expect.stringMatching(/^email: Adresse e-mail invalide/),
      7: expect.stringMatching(/^nom: Ce champ est obligatoire/),
      9: expect.stringMatching(/^siret: SIRET déjà présent ligne 2/),
    })
    const [first] = await bySiret(makeSiret('30000001', '0011'))
    expect(first).toMatchObject({ name: 'CHRS Numéro 1', type: 'chrs', region: 'paca', opco: 'opco-sante', idcc: '0413', headcountBand: '11-49', contactStatus: 'to-approach' })
    const [seventh] = await bySiret(makeSiret('30000007', '0011'))
    expect(seventh).toMatchObject({ type: 'accueil-de-jour', departement: '04', postalCode: '04000' })
    expect(await bySiret(badSiret)).toHaveLength(0)
  })

  it('updates on re-import (upsert by SIRET), changing only what the file says', async () => {
    const before = (await payload.count({ collection: 'structures', overrideAccess: true })).totalDocs
    const { progress } = await importBytes(csv([line(1, { commune: 'Aubagne', cp: '13400' }), line(7, { type: 'Accueil de jour', dep: '4', cp: '4000' })]))
    expect(progress).toMatchObject({ total: 2, created: 0, updated: 1, unchanged: 1, rejected: 0 })
    expect((await payload.count({ collection: 'structures', overrideAccess: true })).totalDocs).toBe(before)
    const [first] = await bySiret(makeSiret('30000001', '0011'))
    expect(first).toMatchObject({ commune: 'Aubagne', postalCode: '13400', name: 'CHRS Numéro 1', contactEmail: 'contact1@chrs.example.org' })
  })

  it('refuses a malformed file whole: nothing stored, the reason recorded', async () => {
    const before = (await payload.count({ collection: 'structures', overrideAccess: true })).totalDocs
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n${line(50).replace('Numéro', 'Num')}\n`), 0x43, 0x61, 0x66, 0xe9, 0x0a])
    const cases: [Uint8Array, RegExp][] = [
      [new TextEncoder().encode(`siret;nom;typ;departement;commune\n${line(51)}`), /colonne inconnue « typ »/],
      [new TextEncoder().encode(`siret;nom;departement;commune\n${line(52)}`), /colonne obligatoire « type » absente/],
      [latin1, /CSV UTF-8/],
      [csv([line(53), `${line(54)};"never closed`]), /guillemet ouvert ligne 3/],
      [new TextEncoder().encode(HEADER), /que l’en-tête/],
    ]
    for (const [bytes, reason] of cases) {
      const { started, doc } = await importBytes(bytes)
      expect(started.parsed.ok).toBe(false)
      expect(doc).toMatchObject({ status: 'refused', fileError: expect.stringMatching(reason) })
    }
    expect((await payload.count({ collection: 'structures', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('reads XLSX (numbers for SIRETs, hyperlinked e-mails)', async () => {
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Structures')
    sheet.addRow(['SIRET', 'Nom', 'Type', 'Département', 'Commune', 'E-mail'])
    sheet.addRow([Number(makeSiret('30000100', '0011')), 'CADA Les Oliviers', 'CADA', 83, 'Toulon', { text: 'cada@oliviers.example.org', hyperlink: 'mailto:cada@oliviers.example.org' }])
    sheet.addRow(['not a siret', 'CADA Sans Siret', 'CADA', 83, 'Toulon', ''])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const { progress, doc } = await importBytes(bytes, 'structures.xlsx')
    expect(doc.format).toBe('xlsx')
    expect(progress).toMatchObject({ total: 2, created: 1, rejected: 1 })
    const [cada] = await bySiret(makeSiret('30000100', '0011'))
    expect(cada).toMatchObject({ type: 'cada', departement: '83', contactEmail: 'cada@oliviers.example.org' })
  })

  it('stores a new structure as the Local API would (the direct write mirrors the hooks)', async () => {
    const fields = { name: 'CHRS Parité', type: 'chrs', departement: '2A', commune: 'Ajaccio', postalCode: '20000', contactEmail: 'parite@example.org', idcc: '0413', headcountBand: 'under-11' }
    const viaApi = await payload.create({ collection: 'structures', overrideAccess: true, data: { ...fields, siret: makeSiret('30000200', '0011') } as never })
    const file = `siret;nom;type;departement;commune;code_postal;email;idcc;effectif\n${makeSiret('30000201', '0011')};CHRS Parité;chrs;2A;Ajaccio;20000;parite@example.org;0413;under-11`
    await importBytes(new TextEncoder().encode(file))
    const [viaImport] = await bySiret(makeSiret('30000201', '0011'))
    const comparable = (doc: Record<string, unknown>) => {
      const { id, siret, createdAt, updatedAt, contactStatusChangedAt, admins, campaigns, federation, ...rest } = doc
      // The API's answer carries the federation populated, the stored row its id: compared by id.
      const federationId = typeof federation === 'object' && federation ? (federation as { id: unknown }).id : federation
      return { ...rest, federationId, stamped: typeof contactStatusChangedAt === 'string', dated: typeof createdAt === 'string' && typeof updatedAt === 'string' }
    }
    expect(comparable(viaImport as never)).toEqual(comparable(viaApi as never))
  })

  it('imports 10,000 rows in batches, with progress recorded as it goes', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => line(1000 + i, { dep: ['04', '05', '06', '13', '83', '84'][i % 6] }))
    const seen: number[] = []
    const polls: number[] = []
    const t0 = Date.now()
    const started = await start(payload, { bytes: csv(rows), filename: 'region.csv', source: 'cli', onProgress: (p) => seen.push(p.processed) })
    // While it runs, the import document shows how far it got.
    const midway = await waitFor('a first committed batch', async () => {
      const doc = await payload.findByID({ collection: 'structure-imports', id: started.importId, overrideAccess: true })
      polls.push(doc.processed ?? -1)
      return doc.processed && doc.processed > 0 && doc.processed < 10_000 ? doc : undefined
    }, 60_000, 200).catch((error: Error) => {
      throw new Error(`${error.message}; seen ${polls.slice(-5).join(',')} after ${seen.join(',')}`)
    })
    expect(midway.status).toBe('running')
    const progress = await started.done
    const seconds = (Date.now() - t0) / 1000
    console.log(`10,000 rows imported in ${seconds.toFixed(1)} s`)
    expect(progress).toMatchObject({ total: 10_000, processed: 10_000, created: 10_000, rejected: 0 })
    expect(seen.length).toBe(50)
    expect(seen.at(-1)).toBe(10_000)
    expect((await payload.count({ collection: 'structures', overrideAccess: true })).totalDocs).toBeGreaterThanOrEqual(10_000)
    // The same file again: nothing to write.
    const again = await start(payload, { bytes: csv(rows), filename: 'region.csv', source: 'cli' })
    expect(await again.done).toMatchObject({ unchanged: 10_000, created: 0, updated: 0 })
  }, 240_000)
})
