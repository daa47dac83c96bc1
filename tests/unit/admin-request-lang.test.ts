import { describe, expect, it } from '@jest/globals'
import { langOfHeader, langOfQuery } from '../../src/lib/request-lang'

describe('the page language the root layouts put on <html lang>', () => {
  it('is English only when the page asks for it', () => {
    expect(langOfQuery(new URLSearchParams('lang=en'))).toBe('en')
    expect(langOfQuery(new URLSearchParams('done=signed&lang=en'))).toBe('en')
    expect(langOfQuery(new URLSearchParams('lang=fr'))).toBe('fr')
    expect(langOfQuery(new URLSearchParams(''))).toBe('fr')
    expect(langOfQuery(new URLSearchParams('lang=de'))).toBe('fr')
  })

  it('reads the header back as one of the two languages, whatever was sent', () => {
    expect(langOfHeader('en')).toBe('en')
    expect(langOfHeader('fr')).toBe('fr')
    expect(langOfHeader('"><script>')).toBe('fr')
    expect(langOfHeader(null)).toBe('fr')
  })
})
