import { describe, expect, it } from '@jest/globals'
import { INVALID_SLUG, slugify, validateSlug } from '../../../src/validation/slug'

describe('slug', () => {
  it.each([
    ["L'expérimentation de 2013 !", 'l-experimentation-de-2013'],
    ['  Œuvres  et   créations  ', 'oeuvres-et-creations'],
    ['« Je n’osais pas toucher à l’ordinateur »', 'je-n-osais-pas-toucher-a-l-ordinateur'],
    ['Hyères — Toulon', 'hyeres-toulon'],
  ])('turns %s into %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
    expect(validateSlug(slugify(title))).toBe(true)
  })

  it('caps the length without a trailing hyphen', () => {
    const slug = slugify('mot '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('rejects upper case, spaces and double hyphens', () => {
    for (const bad of ['Titre', 'un titre', 'a--b', '-a', 'é']) expect(validateSlug(bad)).toBe(INVALID_SLUG)
    expect(validateSlug('')).toMatch(/obligatoire/)
  })
})
