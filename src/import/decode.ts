import { bilingual } from '../validation/messages'

export type Decoded = { ok: true; text: string } | { ok: false; error: string }

export const NOT_UTF8 = bilingual(
  'Encodage non reconnu : enregistrez le fichier au format « CSV UTF-8 » (Excel : Enregistrer sous > CSV UTF-8)',
  'unrecognised encoding: save the file as "CSV UTF-8" (Excel: Save as > CSV UTF-8)',
)

export const NOT_TEXT = bilingual(
  'Ce fichier n’est pas un CSV (contenu binaire) : attendu un .csv ou un .xlsx',
  'this file is not a CSV (binary content): a .csv or .xlsx file is expected',
)

/**
 * Strict UTF-8, by choice: a Windows-1252 file decoded as UTF-8 would store "Ã©" for "é" in thousands of names,
 * and guessing the encoding cannot be right every time. A file that is not UTF-8 is refused whole, with the way
 * to fix it. A byte order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, error: NOT_TEXT }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { ok: true, text: text.replace(/^\uFEFF/, '') }
  } catch {
    return { ok: false, error: NOT_UTF8 }
  }
}
