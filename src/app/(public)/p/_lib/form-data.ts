/** A form field as a string ('' when absent or a file): server actions trust nothing they receive. */
export const field = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** Every string value of the fields whose name starts with `prefix`, keyed by full name. */
export function fieldsStartingWith(form: FormData, prefix: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of form.entries())
    if (name.startsWith(prefix) && typeof value === 'string') out[name] = value
  return out
}
