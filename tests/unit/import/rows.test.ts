import { describe, expect, it } from '@jest/globals'
import { readHeader, type HeaderMap } from '../../../src/import/header'
import { validateRow, validateRows } from '../../../src/import/rows'
import { makeSiret } from '../../../src/validation/siret'

const HEADER = ['siret', 'nom', 'type', 'departement', 'commune', 'code_postal', 'email', 'idcc', 'effectif', 'animateur_email']
const header = (): HeaderMap => {
  const result = readHeader(HEADER)
  if (!result.ok) throw new Error(result.error)
  return result.map
}
const SIRET = makeSiret('12345678', '0012')
const row = (values: Partial<Record<(typeof HEADER)[number], string>>, line = 2) => ({
  line,
  cells: HEADER.map((h) => values[h] ?? { siret: SIRET, nom: 'CHRS Le Phare', type: 'chrs', departement: '13', commune: 'Marseille' }[h] ?? ''),
})
const check = (values: Partial<Record<(typeof HEADER)[number], string>>) => validateRow(row(values), header(), HEADER.length)

describe('header', () => {
  it('accepts accents, case, spaces and aliases', () => {
    const result = readHeader(['SIRET', 'Nom de la structure', 'Type', 'Département', 'Ville', 'Code Postal', 'E-mail', 'statut_contact'])
    expect(result).toEqual({ ok: true, map: { siret: 0, name: 1, type: 2, departement: 3, commune: 4, postalCode: 5, contactEmail: 6 } })
  })

  it('refuses unknown, repeated and missing columns in one message', () => {
    const result = readHeader(['siret', 'nom', 'nom', 'typ', 'commune'])
    expect(result.ok).toBe(false)
    const error = (result as { error: string }).error
    expect(error).toContain('colonne inconnue « typ »')
    expect(error).toContain('colonne « nom » en double')
    expect(error).toContain('colonne obligatoire « type » absente')
    expect(error).toContain('colonne obligatoire « departement » absente')
  })
})

describe('row checks', () => {
  it('normalises what spreadsheets mangle', () => {
    const result = check({ siret: SIRET.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, '$1 $2 $3 $4'), type: 'Accueil de jour', departement: '4', code_postal: '4000', idcc: '413', effectif: '8', animateur_email: 'Anim@Eric.org' })
    expect(result).toEqual({
      ok: true,
      row: { line: 2, siret: SIRET, name: 'CHRS Le Phare', type: 'accueil-de-jour', departement: '04', commune: 'Marseille', postalCode: '04000', idcc: '0413', headcountBand: 'under-11', facilitatorEmail: 'anim@eric.org' },
    })
    expect(check({ type: 'CHU / hébergement d’urgence', departement: '2a' })).toMatchObject({ ok: true, row: { type: 'chu', departement: '2A' } })
    expect(check({ type: 'ACI', departement: '13 - Bouches-du-Rhône', effectif: '11-49' })).toMatchObject({ ok: true, row: { type: 'aci', departement: '13', headcountBand: '11-49' } })
    expect(check({ effectif: '120' })).toMatchObject({ ok: true, row: { headcountBand: '50-plus' } })
  })

  it('reports every problem of a line, each with its column', () => {
    const result = check({ siret: '12345678901234', nom: '', type: 'Hôtel', departement: '20', email: 'x@', idcc: '12345', effectif: 'beaucoup' })
    expect(result.ok).toBe(false)
    const errors = (result as { errors: { column?: string; message: string }[] }).errors
    expect(errors.map((e) => e.column)).toEqual(['siret', 'nom', 'type', 'departement', 'email', 'idcc', 'effectif'])
    expect(errors[0].message).toMatch(/^SIRET invalide/)
    expect(errors[3].message).toMatch(/Département inconnu « 20 »/)
  })

  it('refuses cells beyond the header and SIRETs given twice', () => {
    const wide = { line: 3, cells: [...row({}).cells, 'en trop'] }
    expect(validateRow(wide, header(), HEADER.length)).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('11 cellules pour 10 colonnes') }] })
    const twice = validateRows([row({}, 2), row({ nom: 'Autre' }, 5)], header(), HEADER.length)
    expect(twice.valid).toHaveLength(1)
    expect(twice.rejected).toBe(1)
    expect(twice.errors).toEqual([expect.objectContaining({ line: 5, column: 'siret', message: expect.stringContaining('SIRET déjà présent ligne 2') })])
  })
})
