import { describe, expect, it } from '@jest/globals'
import { inheritedFrom, protectedModuleProblems } from '../../../src/validation/protected-modules'

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

  describe('an edition against its national template', () => {
    const rule = inheritedFrom('Culture & usages numériques')
    const copy = { id: 'e1', title: 'Le pourquoi, version Bretagne', minutes: 180, protected: true, templateModule: 'm1' }

    it('finds the copy by the template module it came from, renamed or moved, or a typed module by its title', () => {
      expect(protectedModuleProblems([why, tools], [{ ...tools, id: 'e2' }, copy], rule)).toEqual([])
      expect(protectedModuleProblems([why], [{ ...why, id: 'e3' }], rule)).toEqual([])
    })

    it('refuses an edition without it, naming the national programme rather than an administrator', () => {
      const [problem] = protectedModuleProblems([why], [{ ...tools, id: 'e2' }], rule)
      expect(problem.message).toMatch(/supprimé \(le programme national « Culture & usages numériques » le protège.* \/ .*protects it in every edition\)/)
      expect(problem.message).not.toMatch(/administrat/)
      expect(protectedModuleProblems([why], [{ ...copy, minutes: 60 }], rule)[0].path).toBe('modules.0.minutes')
    })
  })
})
