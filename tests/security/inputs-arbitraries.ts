import fc from 'fast-check'

/**
 * What a person looking for holes sends: arbitrary JSON, wrong types, nulls, huge strings, odd dates, unknown
 * keys, arrays where objects are expected. Shared by the endpoint and the collection property tests.
 */
export const ODD_STRINGS = [
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x1F',
  '2026-02-30',
  '0000-00-00',
  '99999-12-31',
  '2026-13-01',
  '1900-01-01T25:61:00Z',
  '31/12/2026',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '\u0000',
  '💥🐝',
  '__proto__',
  'constructor',
  '%00',
  '{"$gt":""}',
  '[object Object]',
] as const

export const oddString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(70_000), 'é'.repeat(5_000)) },
)

const oddNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -1e-300, 2 ** 53 + 1),
)

/** Any value a JSON body can carry, biased towards the odd ones. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 3, arbitrary: oddString },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }) },
  { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }) },
)

/** Keys nobody declared, some of them with a meaning elsewhere. */
export const unknownKeys = fc.dictionary(
  fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'createdAt', 'role', '$where', 'password'), fc.string({ minLength: 1, maxLength: 10 })),
  oddValue,
  { maxKeys: 3 },
)

/**
 * A body built on a known shape: each field absent, valid or odd, sometimes unknown keys; now and then not an
 * object at all (an array, a string, null).
 */
export function mutatedObject(shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, valid]) => [key, fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: oddValue })]),
  )
  const record = fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: unknownKeys }))
    .map(([known, extra]) => ({ ...extra, ...known }))
  return fc.oneof({ weight: 6, arbitrary: record }, { weight: 1, arbitrary: oddValue })
}

/** A query string on a known set of parameters: each absent, valid, odd, or repeated; sometimes unknown ones. */
export function mutatedQuery(shape: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const value = (valid: fc.Arbitrary<string>) =>
    fc.oneof({ weight: 3, arbitrary: valid.map((v) => [v]) }, { weight: 2, arbitrary: oddString.map((v) => [v]) }, { weight: 1, arbitrary: fc.array(oddString, { minLength: 2, maxLength: 3 }) })
  const fields = Object.fromEntries(Object.entries(shape).map(([key, valid]) => [key, value(valid)]))
  const extra = fc.dictionary(fc.constantFrom('where[id][equals]', 'depth', 'x', 'limit', 'a[b]'), fc.array(oddString, { minLength: 1, maxLength: 2 }), { maxKeys: 2 })
  return fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.oneof(fc.constant({}), extra)).map(([known, more]) => {
    const params = new URLSearchParams()
    for (const [key, values] of Object.entries({ ...more, ...known }) as [string, string[]][]) for (const v of values) params.append(key, v)
    const text = params.toString()
    return text ? `?${text}` : ''
  })
}

/** A path segment: the real id most of the time, else something odd (URL-encoded). */
export const pathSegment = (real: readonly string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: oddString.filter((s) => s.length < 200 && s.length > 0) }).map(encodeURIComponent)

export const isoDay = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
export const isoInstant = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString())
