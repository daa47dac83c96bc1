import { describe, expect, it } from '@jest/globals'
import {
  DEPARTEMENTS,
  REGION_CODES,
  findDepartement,
  regionOfDepartement,
  validateDepartement,
} from '../../../src/validation/departements'

describe('départements', () => {
  it('lists the 96 metropolitan and 5 overseas départements once each', () => {
    expect(DEPARTEMENTS).toHaveLength(101)
    expect(new Set(DEPARTEMENTS.map((d) => d.code)).size).toBe(101)
    for (const d of DEPARTEMENTS) expect(REGION_CODES).toContain(d.region)
  })

  it.each([
    ['04', 'Alpes-de-Haute-Provence'],
    ['05', 'Hautes-Alpes'],
    ['06', 'Alpes-Maritimes'],
    ['13', 'Bouches-du-Rhône'],
    ['83', 'Var'],
    ['84', 'Vaucluse'],
  ])('places %s %s in PACA', (code, name) => {
    expect(findDepartement(code)).toEqual({ code, name, region: 'paca' })
  })

  it('knows Corsica (2A, 2B, any case) and the DOM', () => {
    expect(regionOfDepartement('2A')).toBe('corse')
    expect(regionOfDepartement('2b')).toBe('corse')
    expect(['971', '972', '973', '974', '976'].map(regionOfDepartement)).toEqual([
      'guadeloupe',
      'martinique',
      'guyane',
      'reunion',
      'mayotte',
    ])
  })

  it.each(['20', '96', '975', '977', '1', 'PACA'])('rejects "%s" with a bilingual message', (code) => {
    const result = validateDepartement(code)
    expect(result).toContain('Département inconnu')
    expect(result).toContain('unknown département')
  })

  it('ignores surrounding spaces', () => {
    expect(validateDepartement(' 13 ')).toBe(true)
  })

  it('requires a value unless told otherwise', () => {
    expect(validateDepartement('')).toMatch(/obligatoire/)
    expect(validateDepartement(null, { required: false })).toBe(true)
  })
})
