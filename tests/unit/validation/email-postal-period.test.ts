import { describe, expect, it } from '@jest/globals'
import { INVALID_EMAIL, validateEmail } from '../../../src/validation/email'
import { END_BEFORE_START, validatePeriod } from '../../../src/validation/period'
import { INVALID_POSTAL_CODE, validatePostalCode } from '../../../src/validation/postal-code'

describe('e-mail', () => {
  it('accepts ordinary addresses and rejects malformed ones', () => {
    expect(validateEmail('contact@chrs-exemple.fr')).toBe(true)
    expect(validateEmail('')).toBe(true)
    expect(validateEmail('', { required: true })).toMatch(/obligatoire/)
    for (const bad of ['contact', 'a@b', 'a b@c.fr', '@c.fr']) expect(validateEmail(bad)).toBe(INVALID_EMAIL)
  })
})

describe('postal code', () => {
  it('wants five digits', () => {
    expect(validatePostalCode('13004')).toBe(true)
    expect(validatePostalCode('06000')).toBe(true)
    for (const bad of ['1300', '130040', '13 004', 'ABCDE']) expect(validatePostalCode(bad)).toBe(INVALID_POSTAL_CODE)
  })
})

describe('period', () => {
  it('accepts open or ordered periods and rejects an end before the start', () => {
    expect(validatePeriod('2013-06-01', '2013-07-31')).toBe(true)
    expect(validatePeriod('2013-06-01', null)).toBe(true)
    expect(validatePeriod('2013-06-01', '2013-06-01')).toBe(true)
    expect(validatePeriod('2013-07-31', '2013-06-01')).toBe(END_BEFORE_START)
  })
})
