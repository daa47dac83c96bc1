import { describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import { structuresCsv } from '../../../src/import/export'
import { formatOf, parseStructureFile } from '../../../src/import/parse'
import { errorReportCsv } from '../../../src/import/report'
import { makeSiret } from '../../../src/validation/siret'

const SIRET = makeSiret('87654321', '0015')
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('a structures file', () => {
  it('is refused whole when empty or without data', async () => {
    expect(await parseStructureFile(new Uint8Array())).toMatchObject({ ok: false, error: expect.stringContaining('vide') })
    expect(await parseStructureFile(utf8('siret;nom;type;departement;commune\n\n'))).toMatchObject({ ok: false, error: expect.stringContaining('en-tête') })
  })

  it('is read as XLSX by its content, whatever its name', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('S')
    sheet.addRow(['siret', 'nom', 'type', 'departement', 'commune', 'email', 'effectif'])
    sheet.addRow([Number(SIRET), { richText: [{ text: 'CADA ' }, { text: 'Horizon' }] }, 'cada', 6, 'Nice', { text: 'cada@horizon.org', hyperlink: 'mailto:cada@horizon.org' }, { formula: '10+2', result: 12 }])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    expect(formatOf(bytes, 'export.csv')).toBe('xlsx')
    const parsed = await parseStructureFile(bytes, 'export.csv')
    expect(parsed).toMatchObject({ ok: true, format: 'xlsx', total: 1, rejected: 0 })
    expect(parsed.ok && parsed.valid[0]).toMatchObject({ siret: SIRET, name: 'CADA Horizon', departement: '06', contactEmail: 'cada@horizon.org', headcountBand: '11-49' })
  })

  it('refuses a broken workbook', async () => {
    expect(await parseStructureFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx')).toMatchObject({ ok: false, format: 'xlsx', error: expect.stringContaining('.xlsx') })
  })

  it('reads back what the export writes', async () => {
    const csv = structuresCsv([
      { siret: SIRET, name: 'CHRS; "Le Port"', type: 'chrs', departement: '2B', commune: 'Bastia', contactEmail: 'a@b.org', region: 'corse', contactStatus: 'presented', contactStatusChangedAt: '2027-02-03T10:00:00.000Z', facilitatorEmail: 'anim@eric.org', facilitatorName: 'Anim' },
    ])
    expect(csv.split('\r\n')[0]).toBe('\uFEFFsiret;nom;type;departement;commune;code_postal;adresse;email;association_gestionnaire;idcc;effectif;animateur_email;region;opco;statut_contact;statut_modifie_le;dernier_contact_le;animateur_nom')
    const parsed = await parseStructureFile(utf8(csv))
    expect(parsed.ok && parsed.valid).toEqual([
      { line: 2, siret: SIRET, name: 'CHRS; "Le Port"', type: 'chrs', departement: '2B', commune: 'Bastia', contactEmail: 'a@b.org', facilitatorEmail: 'anim@eric.org' },
    ])
  })

  it('reports errors as CSV in line order', () => {
    const csv = errorReportCsv([
      { line: 9, siret: '1', name: 'B', column: 'type', message: 'Type inconnu' },
      { line: 3, message: 'trop de cellules' },
    ])
    expect(csv).toBe('\uFEFFligne;siret;nom;colonne;erreur\r\n3;;;;trop de cellules\r\n9;1;B;type;Type inconnu\r\n')
  })
})

describe('docs/import-format.md', () => {
  it('has an example that imports without an error', async () => {
    const { readFileSync } = await import('node:fs')
    const doc = readFileSync(new URL('../../../docs/import-format.md', import.meta.url), 'utf8')
    const example = doc.match(/```csv\n([\s\S]*?)```/)?.[1] ?? ''
    const parsed = await parseStructureFile(utf8(example))
    expect(parsed).toMatchObject({ ok: true, total: 2, rejected: 0 })
    expect(parsed.ok && parsed.valid.map((r) => [r.type, r.idcc, r.headcountBand])).toEqual([
      ['chrs', '0413', '11-49'],
      ['cada', '0413', 'under-11'],
    ])
  })
})
