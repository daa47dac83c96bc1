import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import type { Bilingual } from '../workflow/messages'

/**
 * Payload writes its own error and validation messages in the request's language only. Its translation tables
 * hold both: a message found in either table (with its {{placeholders}} filled) is given back in both languages.
 */
interface Pattern {
  match: RegExp
  names: string[]
  fr: string
  en: string
}

const NAMESPACES = ['error', 'validation', 'authentication', 'upload', 'general'] as const

/** Payload messages written in English in its code, not in its tables. */
const HARD_CODED: [string, string][] = [
  ['The following path cannot be queried: {{path}}', 'Ce chemin ne peut pas servir de filtre : {{path}}'],
  ['The following paths cannot be queried: {{paths}}', 'Ces chemins ne peuvent pas servir de filtre : {{paths}}'],
]

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function patternOf(template: string): { match: RegExp; names: string[] } {
  const names: string[] = []
  const source = template
    .split(/(\{\{\s*\w+\s*\}\})/)
    .map((part) => {
      const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1]
      if (!name) return escape(part)
      names.push(name)
      return '(.+?)'
    })
    .join('')
  return { match: new RegExp(`^${source}$`), names }
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? '')

function buildPatterns(): Pattern[] {
  const patterns: Pattern[] = []
  for (const namespace of NAMESPACES) {
    const enTable = (en.translations as Record<string, Record<string, string>>)[namespace] ?? {}
    const frTable = (fr.translations as Record<string, Record<string, string>>)[namespace] ?? {}
    for (const [key, enText] of Object.entries(enTable)) {
      const frText = frTable[key]
      if (typeof enText !== 'string' || typeof frText !== 'string') continue
      // A template that is mostly placeholders ("{{label}}") would match any message.
      if (enText.replace(/\{\{\s*\w+\s*\}\}/g, '').trim().length < 4) continue
      for (const template of [enText, frText]) patterns.push({ ...patternOf(template), fr: frText, en: enText })
    }
  }
  for (const [enText, frText] of HARD_CODED) patterns.push({ ...patternOf(enText), fr: frText, en: enText })
  // Longest templates first: "X is invalid: {{value}}" before a shorter one that would also match.
  return patterns.sort((a, b) => b.match.source.length - a.match.source.length)
}

let patterns: Pattern[] | undefined

/** The message in French and English when Payload's tables know it; undefined otherwise. */
export function translatePayloadMessage(message: string): Bilingual | undefined {
  patterns ??= buildPatterns()
  const text = message.trim()
  for (const pattern of patterns) {
    const found = pattern.match.exec(text)
    if (!found) continue
    const values = Object.fromEntries(pattern.names.map((name, i) => [name, found[i + 1]]))
    return { fr: fill(pattern.fr, values), en: fill(pattern.en, values) }
  }
  return undefined
}
