import { describe, expect, it } from '@jest/globals'
import { ROLES } from '../../src/access/roles'
import { landingPathFor } from '../../src/admin/home/landing'

describe('landingPathFor (the admin home after login)', () => {
  it('sends a coordinator to the campaign dashboard', () => {
    expect(landingPathFor({ role: 'coordinator' }, '/admin')).toBe('/admin/tableau-de-bord')
  })

  it('sends the national coordination to the national view', () => {
    expect(landingPathFor({ role: 'national' }, '/admin')).toBe('/admin/vue-nationale')
  })

  it.each(ROLES.filter((role) => role !== 'coordinator' && role !== 'national'))('leaves a %s on the admin home', (role) => {
    expect(landingPathFor({ role }, '/admin')).toBeUndefined()
  })

  it('leaves someone signed out or with an unknown role where they are', () => {
    expect(landingPathFor(null, '/admin')).toBeUndefined()
    expect(landingPathFor({ role: 'intruder' }, '/admin')).toBeUndefined()
  })
})
