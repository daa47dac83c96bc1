import { describe, expect, it } from '@jest/globals'
import { INVALID_IDCC, normalizeIdcc, opcoForIdcc, validateIdcc } from '../../../src/validation/idcc'

describe('IDCC → OPCO (domain §1.1)', () => {
  it.each([
    ['413', 'opco-sante'], // CCN 66
    ['0413', 'opco-sante'],
    ['783', 'opco-sante'], // accords CHRS, merged into CCN 66
    ['29', 'opco-sante'], // CCN 51
    ['3016', 'uniformation'], // ACI
    ['1261', 'uniformation'], // ALISFA
    ['2941', 'uniformation'], // aide à domicile
  ])('derives the OPCO of IDCC %s', (idcc, opco) => {
    expect(opcoForIdcc(idcc)).toBe(opco)
  })

  it('leaves an unknown or missing IDCC to the user', () => {
    expect(opcoForIdcc('9999')).toBeUndefined()
    expect(opcoForIdcc('')).toBeUndefined()
    expect(opcoForIdcc(null)).toBeUndefined()
  })

  it('stores four digits and rejects anything else', () => {
    expect(normalizeIdcc(' 413 ')).toBe('0413')
    expect(validateIdcc('413')).toBe(true)
    expect(validateIdcc('')).toBe(true)
    for (const bad of ['12345', 'CCN66', '0', '0000']) expect(validateIdcc(bad)).toBe(INVALID_IDCC)
    expect(INVALID_IDCC).toMatch(/IDCC invalide .* \/ invalid IDCC/)
  })
})
