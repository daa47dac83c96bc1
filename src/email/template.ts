import type { Block, Inline, Lang, MailContent, MailContext, MailContextKey } from './types'

/** A context in which the facts `K` are known to be present (renderEmail checks them before rendering). */
export type Ready<K extends MailContextKey> = MailContext & { [P in K]-?: NonNullable<MailContext[P]> }

/** One notification kind's e-mail, in both languages. */
export interface Template {
  /** Facts the template cannot do without. */
  required: readonly MailContextKey[]
  render(lang: Lang, ctx: MailContext): MailContent
}

interface TemplateDef<K extends MailContextKey> {
  required: readonly K[]
  fr: (c: Ready<K>) => MailContent
  en: (c: Ready<K>) => MailContent
}

/**
 * Declares a template. The facts listed in `required` are typed as present inside `fr` and `en`; any other fact is
 * optional there, so a template cannot use a fact it did not declare without handling its absence.
 */
export function template<const K extends MailContextKey>(def: TemplateDef<K>): Template {
  return {
    required: def.required,
    // Safe: renderEmail refuses to render when a required fact is absent.
    render: (lang, ctx) => def[lang](ctx as Ready<K>),
  }
}

type Maybe<T> = T | false | null | undefined | ''

const present = <T>(x: Maybe<T>): x is T => x !== false && x !== null && x !== undefined && x !== ''

/** A paragraph; falsy parts are dropped, so optional sentences can be written inline. */
export function p(...content: Maybe<Inline>[]): Block {
  return { type: 'p', content: content.filter(present) }
}

/** A smaller, muted paragraph. */
export function note(...content: Maybe<Inline>[]): Block {
  return { type: 'note', content: content.filter(present) }
}

export function strong(s: string): Inline {
  return { strong: s }
}

/** A bulleted list; nothing when empty. */
export function list(items: readonly Maybe<string>[]): Block | undefined {
  const kept = items.filter(present)
  return kept.length ? { type: 'list', items: kept } : undefined
}

/** A label/value table; rows whose value is absent are dropped, and nothing when no row is left. */
export function facts(...rows: Maybe<readonly [string, Maybe<string>]>[]): Block | undefined {
  const kept = rows
    .filter(present)
    .filter((r): r is readonly [string, string] => present(r[1]))
    .map(([label, value]): [string, string] => [label, value])
  return kept.length ? { type: 'facts', rows: kept } : undefined
}
