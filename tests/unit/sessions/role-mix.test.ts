/** The "all job roles" lesson (§5b): the warning at list lock fires when a role is missing, not when all are there. */
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_ROLE_MIX_TARGET, type JobRole } from '../../../src/sessions/job-roles'
import { roleMix } from '../../../src/sessions/role-mix'

const people = (structureId: string, roles: JobRole[]) => roles.map((jobRole) => ({ structureId, jobRole }))
const FULL: JobRole[] = [
  'direction',
  'service-manager',
  'administration',
  'technical',
  'social-worker',
  'social-worker',
]

describe('role mix', () => {
  it('warns about nothing when every target role is present', () => {
    const mix = roleMix(DEFAULT_ROLE_MIX_TARGET, ['chrs'], people('chrs', FULL))
    expect(mix.missing).toEqual([])
    expect(mix.counts['social-worker']).toBe(2)
  })

  it('names the missing role', () => {
    const mix = roleMix(
      DEFAULT_ROLE_MIX_TARGET,
      ['chrs'],
      people('chrs', ['direction', 'social-worker', 'administration']),
    )
    expect(mix.missing).toEqual(['technical'])
  })

  it('judges each structure on its own people: one structure’s director does not cover another', () => {
    const mix = roleMix(
      DEFAULT_ROLE_MIX_TARGET,
      ['chrs', 'cada'],
      [...people('chrs', FULL), ...people('cada', ['administration', 'technical', 'social-worker'])],
    )
    expect(mix.missing).toEqual(['direction'])
    expect(mix.structures.find((s) => s.structureId === 'cada')?.missing).toEqual(['direction'])
    expect(mix.structures.find((s) => s.structureId === 'chrs')?.missing).toEqual([])
  })

  it('counts a structure with nobody enrolled as missing every role; an empty target never warns', () => {
    expect(roleMix(['direction', 'technical'], ['chrs'], []).missing).toEqual(['direction', 'technical'])
    expect(roleMix([], ['chrs'], []).missing).toEqual([])
  })

  it('judges the session as a whole when no structure is named', () => {
    expect(roleMix(['direction'], [], people('x', ['direction'])).missing).toEqual([])
  })
})
