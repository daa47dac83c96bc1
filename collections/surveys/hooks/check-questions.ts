import type { CollectionBeforeChangeHook } from 'payload'
import { bilingual, type FieldProblem } from '../../../src/validation/messages'
import { rejectProblems } from '../../shared/hooks/reject-problems'

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Question keys name the answers: lowercase, hyphenated, unique within the questionnaire. */
export const checkQuestions: CollectionBeforeChangeHook = ({ data, req, collection }) => {
  if (!Array.isArray(data.questions)) return data
  const seen = new Set<string>()
  const problems: FieldProblem[] = []
  ;(data.questions as { key?: string }[]).forEach((q, i) => {
    const key = q.key ?? ''
    if (!KEY.test(key)) {
      problems.push({
        path: `questions.${i}.key`,
        message: bilingual('Clé en minuscules et tirets', 'key in lowercase and hyphens'),
      })
    } else if (seen.has(key)) {
      problems.push({ path: `questions.${i}.key`, message: bilingual('Clé déjà utilisée', 'key already used') })
    }
    seen.add(key)
  })
  rejectProblems(problems, collection.slug, req)
  return data
}
