import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type Config } from 'payload'
import { bilingual } from '../validation/messages'

const MB = 1024 * 1024

/**
 * The largest file each upload collection takes. Below Next's 10 MB request buffer in front of the proxy
 * (src/proxy.ts): a larger body would be cut there, and Payload would see a broken form instead of a big file.
 * Images and PDFs of the site and the kits are far smaller.
 */
export const UPLOAD_LIMITS = { media: 8 * MB } as const satisfies Partial<Record<CollectionSlug, number>>

/** The size Payload's multipart reader stops at, for every upload: the largest of the collections' limits. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_LIMITS))

const megabytes = (bytes: number): string => String(Math.round((bytes / MB) * 10) / 10).replace('.', ',')
const megabytesEn = (bytes: number): string => String(Math.round((bytes / MB) * 10) / 10)

export const tooLargeMessage = (bytes: number): string =>
  bilingual(`Fichier trop volumineux : ${megabytes(bytes)} Mo au plus`, `file too large: ${megabytesEn(bytes)} MB at most`)

/** What the admin says above an upload collection's list and form. */
export const uploadLimitDescription = (bytes: number): { fr: string; en: string } => ({
  fr: `Fichiers de ${megabytes(bytes)} Mo au plus.`,
  en: `Files up to ${megabytesEn(bytes)} MB.`,
})

/**
 * Refuses a file over the collection's own limit with a 413 and a clear message (the multipart reader only knows
 * the largest limit of all); also covers files given through the Local API.
 */
export function enforceUploadLimit(bytes: number): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const size = (req.file as { size?: number } | undefined)?.size
    if (typeof size === 'number' && size > bytes) throw new APIError(tooLargeMessage(bytes), 413, { code: 'too_large', maxBytes: bytes }, true)
    return args
  }
}

/**
 * Payload's multipart options: stop reading a file at the largest limit and say so in both languages (413).
 * No whole-request limit: Payload refuses a request over it by its Content-Length with a fixed English sentence
 * that names no size; the per-part limits (3 files, 20 fields of 1 MB) bound a request anyway.
 */
export const uploadOptions: NonNullable<Config['upload']> = {
  limits: { fileSize: MAX_UPLOAD_BYTES },
  abortOnLimit: true,
  responseOnLimit: tooLargeMessage(MAX_UPLOAD_BYTES),
  requestSizeLimit: Infinity,
}
