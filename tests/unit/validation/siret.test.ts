import { describe, expect, it } from '@jest/globals'
import { luhnCheckDigit, luhnValid } from '../../../src/validation/luhn'
import { INVALID_SIRET, isValidSiret, makeSiret, normalizeSiret, validateSiret } from '../../../src/validation/siret'

describe('Luhn', () => {
  it('accepts a known valid SIREN and rejects a one-digit change', () => {
    // 732 829 320: a published SIREN used as the Luhn example in INSEE's documentation.
    expect(luhnValid('732829320')).toBe(true)
    expect(luhnValid('732829321')).toBe(false)
  })

  it('computes the check digit that makes a number valid', () => {
    expect(luhnCheckDigit('73282932')).toBe('0')
    for (const body of ['1234567', '0000001', '98765432']) expect(luhnValid(body + luhnCheckDigit(body))).toBe(true)
  })
})

describe('SIRET', () => {
  it('accepts 14 digits with a valid Luhn key, spaces allowed', () => {
    expect(isValidSiret('73282932000074')).toBe(true)
    expect(isValidSiret('732 829 320 00074')).toBe(true)
    expect(normalizeSiret('732 829 320 00074')).toBe('73282932000074')
  })

  it.each([
    ['wrong key', '73282932000075'],
    ['13 digits', '7328293200007'],
    ['15 digits', '732829320000740'],
    ['letters', '7328293200007A'],
    ['empty', ''],
  ])('rejects %s', (_why, value) => {
    expect(isValidSiret(value)).toBe(false)
  })

  it("applies La Poste's digit-sum rule to SIREN 356000000", () => {
    // Digits of 35600000000001 sum to 15 (a multiple of 5): valid, although its Luhn sum is not.
    expect(luhnValid('35600000000001')).toBe(false)
    expect(isValidSiret('35600000000001')).toBe(true)
    expect(isValidSiret('35600000000002')).toBe(false)
  })

  it('gives a bilingual message for a bad SIRET and requires a value by default', () => {
    expect(validateSiret('123')).toBe(INVALID_SIRET)
    expect(INVALID_SIRET).toBe('SIRET invalide (14 chiffres, clé de Luhn) / invalid SIRET (14 digits, Luhn key)')
    expect(validateSiret('')).toMatch(/obligatoire.*required/)
    expect(validateSiret('', { required: false })).toBe(true)
  })

  it('makes valid fictional SIRETs whose SIREN is valid too', () => {
    const siret = makeSiret('81234567', '0012')
    expect(siret).toHaveLength(14)
    expect(isValidSiret(siret)).toBe(true)
    expect(luhnValid(siret.slice(0, 9))).toBe(true)
  })
})
