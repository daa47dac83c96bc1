import { describe, expect, it } from '@jest/globals'
import { protectedModuleProblems } from '../../../src/validation/protected-modules'

const why = { id: 'm1', title: 'Pourquoi une culture numérique ?', minutes: 180, protected: true }
const tools = { id: 'm2', title: 'Veille informationnelle', minutes: 180, protected: false }

describe('protected modules', () => {
  it('allows re-ordering, lengthening and editing unprotected modules', () => {
    expect(
      protectedModuleProblems(
        [why, tools],
        [
          { ...tools, minutes: 60 },
          { ...why, minutes: 210 },
        ],
      ),
    ).toEqual([])
    expect(protectedModuleProblems([why, tools], [why])).toEqual([])
  })

  it('refuses removing a protected module, even re-created under a new id', () => {
    const [problem] = protectedModuleProblems([why, tools], [tools, { ...why, id: 'new' }])
    expect(problem.path).toBe('modules')
    expect(problem.message).toMatch(/ne peut pas être supprimé .* \/ .*cannot be removed/)
  })

  it('refuses shortening or unprotecting it, pointing at the row', () => {
    expect(protectedModuleProblems([why, tools], [tools, { ...why, minutes: 120 }])).toEqual([
      { path: 'modules.1.minutes', message: expect.stringMatching(/180 → 120 min.*cannot be shortened/) },
    ])
    expect(protectedModuleProblems([why], [{ ...why, protected: false }])[0].path).toBe('modules.0.protected')
  })

  it('has nothing to protect on a new programme', () => {
    expect(protectedModuleProblems(undefined, [why])).toEqual([])
  })
})
