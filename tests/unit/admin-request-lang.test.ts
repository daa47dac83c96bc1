import { describe, expect, it } from '@jest/globals'
import { askedLang, langOfHeader, langOfQuery } from '../../src/lib/request-lang'

describe('the page language the root layouts put on <html lang>', () => {
  it('is the one the query asks for, French when it asks for none', () => {
    expect(langOfQuery(new URLSearchParams('lang=en'))).toBe('en')
    expect(langOfQuery(new URLSearchParams('done=signed&lang=en'))).toBe('en')
    expect(langOfQuery(new URLSearchParams('lang=fr'))).toBe('fr')
    expect(langOfQuery(new URLSearchParams(''))).toBe('')
    expect(langOfQuery(new URLSearchParams('lang=de'))).toBe('')
    expect(langOfHeader(langOfQuery(new URLSearchParams('')))).toBe('fr')
  })

  it('tells a page that asked for no language (a personal page then uses the person’s own)', () => {
    expect(askedLang('')).toBeUndefined()
    expect(askedLang(null)).toBeUndefined()
    expect(askedLang('en')).toBe('en')
    expect(askedLang('fr')).toBe('fr')
  })

  it('reads the header back as one of the two languages, whatever was sent', () => {
    expect(langOfHeader('en')).toBe('en')
    expect(langOfHeader('fr')).toBe('fr')
    expect(langOfHeader('"><script>')).toBe('fr')
    expect(langOfHeader(null)).toBe('fr')
  })
})
