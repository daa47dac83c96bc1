import type { Validate } from 'payload'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field type's validation
type AnyValidate = Validate<any, any, any, any>
import type { ValidationResult } from '../../../src/validation/messages'

/**
 * A field validation that reads the whole document: Payload's own check for the field type first, then `rule`
 * on the document as it will be saved (`options.data` is the stored document merged with the change, so a
 * partial update is judged on the result). The field's own value is taken from the change when it carries one.
 */
export function documentRule<T extends AnyValidate>(name: string, base: T, rule: (doc: Record<string, unknown>) => ValidationResult): T {
  const validate: AnyValidate = async (value, options) => {
    const checked = await base(value, options)
    if (checked !== true) return checked
    const doc = { ...((options.data ?? {}) as Record<string, unknown>) }
    if (value !== undefined) doc[name] = value
    return rule(doc)
  }
  return validate as T
}
