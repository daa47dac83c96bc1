/**
 * A tiny, strict RFC 5545 reader for the tests: it refuses what a lenient calendar client would silently accept
 * (bare LF, long lines, bad nesting, stray backslashes, unescaped separators in TEXT), so a .ics that passes here
 * is well-formed.
 */

export interface IcsProperty {
  name: string
  params: Record<string, string[]>
  /** Raw value, still escaped. */
  value: string
}

export interface IcsComponent {
  name: string
  properties: IcsProperty[]
  components: IcsComponent[]
}

export class IcsError extends Error {}

const MAX_OCTETS = 75
const NAME = /^[A-Za-z0-9-]+$/
/** QSAFE-CHAR and SAFE-CHAR of RFC 5545 §3.1 (no control characters). */
const QUOTED = /^"([^"\u0000-\u0008\u000a-\u001f\u007f]*)"/
const SAFE = /^[^";:,\u0000-\u0008\u000a-\u001f\u007f]*/

/** Splits on CRLF, checks line endings and lengths, and unfolds (RFC 5545 §3.1). */
export function unfold(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new IcsError('the last line must end with CRLF')
  const physical = text.slice(0, -2).split('\r\n')
  const logical: string[] = []
  physical.forEach((line, i) => {
    if (/[\r\n]/.test(line)) throw new IcsError(`line ${i + 1}: bare CR or LF (lines must end with CRLF)`)
    const octets = Buffer.byteLength(line, 'utf8')
    if (octets > MAX_OCTETS) throw new IcsError(`line ${i + 1}: ${octets} octets, more than ${MAX_OCTETS}`)
    if (line === '') throw new IcsError(`line ${i + 1}: empty line`)
    if (line.includes('\uFFFD')) throw new IcsError(`line ${i + 1}: a fold split a UTF-8 sequence`)
    if (line[0] === ' ' || line[0] === '\t') {
      if (!logical.length) throw new IcsError('the first line cannot be a continuation')
      logical[logical.length - 1] += line.slice(1)
    } else {
      logical.push(line)
    }
  })
  return logical
}

/** name *(";" param) ":" value */
export function parseContentLine(line: string): IcsProperty {
  const nameMatch = /^[A-Za-z0-9-]+/.exec(line)
  if (!nameMatch) throw new IcsError(`no property name in ${JSON.stringify(line)}`)
  const name = nameMatch[0].toUpperCase()
  let rest = line.slice(nameMatch[0].length)
  const params: Record<string, string[]> = {}
  while (rest.startsWith(';')) {
    rest = rest.slice(1)
    const eq = rest.indexOf('=')
    if (eq <= 0) throw new IcsError(`${name}: parameter without "="`)
    const pname = rest.slice(0, eq).toUpperCase()
    if (!NAME.test(pname)) throw new IcsError(`${name}: bad parameter name ${JSON.stringify(pname)}`)
    rest = rest.slice(eq + 1)
    const values: string[] = []
    for (;;) {
      const q = QUOTED.exec(rest)
      const m = q ?? SAFE.exec(rest)
      if (!m) throw new IcsError(`${name};${pname}: bad parameter value`)
      values.push(q ? q[1] : m[0])
      rest = rest.slice(m[0].length)
      if (!rest.startsWith(',')) break
      rest = rest.slice(1)
    }
    params[pname] = values
  }
  if (!rest.startsWith(':')) throw new IcsError(`${name}: missing ":" before the value`)
  const value = rest.slice(1)
  if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) throw new IcsError(`${name}: control character in the value`)
  return { name, params, value }
}

/** Parses a whole iCalendar stream; returns its single top-level component (VCALENDAR). */
export function parseIcs(text: string): IcsComponent {
  const stack: IcsComponent[] = []
  const roots: IcsComponent[] = []
  for (const line of unfold(text)) {
    const p = parseContentLine(line)
    if (p.name === 'BEGIN') {
      if (!NAME.test(p.value)) throw new IcsError(`BEGIN: bad component name ${JSON.stringify(p.value)}`)
      const c: IcsComponent = { name: p.value.toUpperCase(), properties: [], components: [] }
      if (stack.length) stack[stack.length - 1].components.push(c)
      else roots.push(c)
      stack.push(c)
    } else if (p.name === 'END') {
      const open = stack.pop()
      if (!open) throw new IcsError(`END:${p.value} without BEGIN`)
      if (open.name !== p.value.toUpperCase()) throw new IcsError(`END:${p.value} closes BEGIN:${open.name}`)
    } else {
      if (!stack.length) throw new IcsError(`property ${p.name} outside any component`)
      stack[stack.length - 1].properties.push(p)
    }
  }
  if (stack.length) throw new IcsError(`BEGIN:${stack[stack.length - 1].name} never closed`)
  if (roots.length !== 1 || roots[0].name !== 'VCALENDAR') throw new IcsError('expected exactly one VCALENDAR')
  return roots[0]
}

/** Unescapes a TEXT value (RFC 5545 §3.3.11); a stray backslash or an unescaped ";" or "," is an error. */
export function unescapeText(raw: string): string {
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]
    if (ch === '\\') {
      const next = raw[++i]
      if (next === '\\' || next === ';' || next === ',') out += next
      else if (next === 'n' || next === 'N') out += '\n'
      else throw new IcsError(`bad escape "\\${next ?? ''}" in TEXT`)
    } else if (ch === ';' || ch === ',') {
      throw new IcsError(`unescaped "${ch}" in TEXT`)
    } else {
      out += ch
    }
  }
  return out
}

/** A UTC DATE-TIME (form #2, RFC 5545 §3.3.5). */
export function parseUtcDateTime(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  if (!m) throw new IcsError(`not a UTC DATE-TIME: ${JSON.stringify(value)}`)
  const [, y, mo, d, h, mi, s] = m.map(Number)
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s))
}

export function props(c: IcsComponent, name: string): IcsProperty[] {
  return c.properties.filter((p) => p.name === name)
}

/** The one property of that name (fails if absent or repeated). */
export function prop(c: IcsComponent, name: string): IcsProperty {
  const found = props(c, name)
  if (found.length !== 1) throw new IcsError(`${c.name}: expected one ${name}, found ${found.length}`)
  return found[0]
}

export function text(c: IcsComponent, name: string): string {
  return unescapeText(prop(c, name).value)
}
