import type { PayloadRequest } from 'payload'
import type { z, ZodIssue, ZodTypeAny } from 'zod'
import { bilingual } from './messages'
import { describeIssue, fieldName, type InputPlace } from './request-issues'

/**
 * The one way the product's own endpoints read their input: a zod schema per endpoint (kept next to it), and a
 * failure answered 400 with `code: 'invalid_input'`, a French and English message naming each wrong field and
 * what it expects, and the same per field in `errors`. Nothing is read from the request but through here.
 */
export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response; issues: readonly ZodIssue[] }

/** Problems listed in the message (all of them, up to 20, are in `errors`). */
const IN_MESSAGE = 4
const IN_ERRORS = 20

export interface InputProblem {
  path: string
  message: string
}

export function problemsOf(issues: readonly ZodIssue[], place: InputPlace): InputProblem[] {
  return issues.slice(0, IN_ERRORS).map((issue) => {
    const what = describeIssue(issue)
    const name = fieldName(issue.path, place)
    return { path: issue.path.join('.'), message: bilingual(`${name.fr} : ${what.fr}`, `${name.en}: ${what.en}`) }
  })
}

/** One French-then-English sentence naming the first wrong fields and what each expects. */
export function inputMessage(issues: readonly ZodIssue[], place: InputPlace): string {
  const described = issues.slice(0, IN_MESSAGE).map((issue) => ({ name: fieldName(issue.path, place), what: describeIssue(issue) }))
  const more = issues.length > IN_MESSAGE ? { fr: ` (et ${issues.length - IN_MESSAGE} autre(s))`, en: ` (and ${issues.length - IN_MESSAGE} more)` } : { fr: '', en: '' }
  return bilingual(
    `Requête invalide — ${described.map((d) => `${d.name.fr} : ${d.what.fr}`).join(' ; ')}${more.fr}`,
    `Invalid request — ${described.map((d) => `${d.name.en}: ${d.what.en}`).join('; ')}${more.en}`,
  )
}

/** The 400 answer to input that does not fit its schema. */
export function invalidInput(issues: readonly ZodIssue[], place: InputPlace): Response {
  return Response.json({ message: inputMessage(issues, place), code: 'invalid_input', errors: problemsOf(issues, place) }, { status: 400 })
}

const malformed = (fr: string, en: string) => Response.json({ message: bilingual(fr, en), code: 'malformed_body' }, { status: 400 })

/** Checks a value already in hand (a form, route parameters) against its schema. */
export function parseValue<S extends ZodTypeAny>(schema: S, value: unknown, place: InputPlace): Parsed<z.output<S>> {
  const result = schema.safeParse(value)
  return result.success ? { ok: true, data: result.data } : { ok: false, response: invalidInput(result.error.issues, place), issues: result.error.issues }
}

/**
 * The JSON body against `schema`. An empty body reads as `{}` (so a schema of optional fields accepts it); a body
 * that is not JSON is refused with its own message.
 */
export async function parseBody<S extends ZodTypeAny>(req: PayloadRequest, schema: S): Promise<Parsed<z.output<S>>> {
  let text: string
  try {
    text = (await req.text?.()) ?? ''
  } catch {
    return { ok: false, response: malformed('Corps de la requête illisible', 'unreadable request body'), issues: [] }
  }
  let value: unknown = {}
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text)
    } catch {
      return { ok: false, response: malformed('Le corps de la requête n’est pas du JSON valide', 'the request body is not valid JSON'), issues: [] }
    }
  }
  return parseValue(schema, value, 'body')
}

/**
 * The query string against `schema`: each parameter as a string, a repeated one as a list of strings (so a
 * schema expecting one value refuses `?a=1&a=2` instead of silently taking the first).
 */
export function parseQuery<S extends ZodTypeAny>(req: PayloadRequest, schema: S): Parsed<z.output<S>> {
  const query: Record<string, string | string[]> = {}
  for (const key of new Set(req.searchParams.keys())) {
    const values = req.searchParams.getAll(key)
    query[key] = values.length === 1 ? values[0] : values
  }
  return parseValue(schema, query, 'query')
}

/** The route's `:params` against `schema`. */
export function parseParams<S extends ZodTypeAny>(req: PayloadRequest, schema: S): Parsed<z.output<S>> {
  return parseValue(schema, { ...(req.routeParams ?? {}) }, 'params')
}
