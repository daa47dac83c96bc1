import { ValidationError, type AfterErrorHook, type Field } from 'payload'
import type { Bilingual } from '../workflow/messages'
import { bilingual } from './messages'
import { fieldLabel } from './request-labels'
import { translatePayloadMessage } from './request-translations'

/**
 * Payload's REST errors, said so that a person understands them: every 4xx gets a French and English message and a
 * `code` (a ValidationError names the fields by their labels), every unknown 5xx one generic bilingual sentence
 * (never the error's own text, never a stack). Payload's `errors` array keeps its shape: the admin reads it.
 */
export const INTERNAL_ERROR = bilingual(
  'Une erreur inattendue s’est produite ; réessayez plus tard ou contactez la coordination',
  'an unexpected error occurred; try again later or contact the coordination team',
)

/** What a 4xx without a message of its own is about, by status. */
const BY_STATUS: Record<number, Bilingual & { code: string }> = {
  400: { fr: 'Requête refusée', en: 'Bad request', code: 'bad_request' },
  401: { fr: 'Connexion requise', en: 'Sign-in required', code: 'unauthenticated' },
  403: { fr: 'Action non autorisée', en: 'Not allowed', code: 'forbidden' },
  404: { fr: 'Introuvable', en: 'Not found', code: 'not_found' },
  405: { fr: 'Méthode non permise', en: 'Method not allowed', code: 'method_not_allowed' },
  409: { fr: 'Conflit avec l’état actuel', en: 'Conflict with the current state', code: 'conflict' },
  413: { fr: 'Envoi trop volumineux', en: 'Request too large', code: 'too_large' },
  423: { fr: 'Verrouillé', en: 'Locked', code: 'locked' },
  429: { fr: 'Trop de tentatives', en: 'Too many attempts', code: 'too_many_requests' },
}
const OTHER_4XX = { fr: 'Requête refusée', en: 'Request refused', code: 'refused' }

/** Already French then English (the product's own messages). */
export const isBilingual = (message: unknown): message is string => typeof message === 'string' && /\S \/ \S/.test(message)

/** A Payload message in both languages: as is when it already is, from Payload's tables, or after the status' lead. */
export function bilingualMessage(message: unknown, status: number): string {
  if (isBilingual(message)) return message
  const text = typeof message === 'string' ? message.trim() : ''
  const known = text ? translatePayloadMessage(text) : undefined
  if (known) return bilingual(known.fr, known.en)
  const lead = BY_STATUS[status] ?? OTHER_4XX
  return text ? bilingual(`${lead.fr} : ${text}`, `${lead.en}: ${text}`) : bilingual(lead.fr, lead.en)
}

interface FieldError {
  path?: string
  label?: unknown
  message?: string
}

/** A ValidationError: « Champs invalides : Nom, SIRET » / "Invalid fields: Name, SIRET", and each field's message in both languages. */
export function validationResponse(error: ValidationError, fields: readonly Field[]) {
  const entries = ((error.data?.errors ?? []) as FieldError[]).map((entry) => {
    const label = entry.path ? fieldLabel(fields, entry.path) : { fr: String(entry.label ?? ''), en: String(entry.label ?? '') }
    return { ...entry, label: label.fr, labels: label, message: bilingualMessage(entry.message, 400) }
  })
  const plural = entries.length > 1
  const message = bilingual(
    `${plural ? 'Champs invalides' : 'Champ invalide'} : ${entries.map((e) => e.labels.fr).join(', ')}`,
    `${plural ? 'Invalid fields' : 'Invalid field'}: ${entries.map((e) => e.labels.en).join(', ')}`,
  )
  // No top-level `message` here: Payload's admin form shows a top-level message as a toast and stops there, without
  // marking the fields; with `errors` only, it marks each field and toasts the summary (errors[0].message).
  return {
    code: 'validation_failed',
    errors: [{ name: 'ValidationError', message, data: { ...error.data, errors: entries } }],
  }
}

const statusOf = (error: unknown): number => {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500
}

/** The fields a ValidationError is about: its collection's, or its global's (the hook gets no global config). */
function invalidFields(error: ValidationError, collection: { fields: Field[] } | undefined, req: { payload?: { config: { globals: { slug: string; fields: Field[] }[] } } }): Field[] {
  if (collection) return collection.fields
  const global = (error.data as { global?: unknown } | undefined)?.global
  return req.payload?.config.globals.find((g) => g.slug === global)?.fields ?? []
}

export const bilingualErrors: AfterErrorHook = ({ collection, error, req, result }) => {
  // GraphQL errors come without a REST result: their shape is GraphQL's.
  if (!result) return
  const status = statusOf(error)
  if (status >= 500) {
    // A 5xx the product raised on purpose (public) in both languages may be read; anything else is hidden.
    const own = (error as { isPublic?: unknown }).isPublic === true && isBilingual(error.message) ? error.message : INTERNAL_ERROR
    return { status, response: { message: own, code: 'internal_error', errors: [{ message: own }] } }
  }
  if (error instanceof ValidationError) return { status, response: validationResponse(error, invalidFields(error, collection, req)) }
  const raw = (error as { data?: unknown }).data
  // The product's APIErrors carry { code, allowed… }: kept at the top; Payload's own data stays in `errors`.
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
  const ownCode = typeof data.code === 'string' ? data.code : undefined
  const message = bilingualMessage(error.message, status)
  const errors = (result.errors ?? []).map((entry) => ({ ...entry, message: bilingualMessage(entry.message, status) }))
  return {
    status,
    response: {
      ...data,
      message,
      code: ownCode ?? (BY_STATUS[status] ?? OTHER_4XX).code,
      errors: errors.length ? errors : [{ message }],
    },
  }
}
