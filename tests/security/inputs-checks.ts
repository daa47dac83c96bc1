import fc from 'fast-check'

/**
 * What every answer to a generated input must be: never a 5xx, a 4xx said in French and English (never Payload's
 * « An unknown error occurred. »), and counts per target printed as one line each.
 */
export interface Answer {
  status: number
  message?: string
  json?: Record<string, unknown>
}

export interface Tally {
  tried: number
  ok: number
  refused: number
  failed: number
}

export const tallies = new Map<string, Tally>()
/** Every broken answer (5xx, or a 4xx without both languages), with what provoked it. */
export const problems: string[] = []

/** A message both French and English: the product writes « français / English ». */
export const isBilingual = (message: unknown): boolean =>
  typeof message === 'string' && /\S.* \/ .*\S/s.test(message) && !/unknown error occurred|Something went wrong/i.test(message)

/** The message a 4xx answer carries: the product's `message`, or Payload's first `errors[].message`. */
export function messageOf(json: Record<string, unknown> | undefined, text: string): string | undefined {
  if (json && typeof json.message === 'string') return json.message
  const first = Array.isArray(json?.errors) ? (json.errors[0] as { message?: unknown } | undefined) : undefined
  if (typeof first?.message === 'string') return first.message
  return json ? undefined : text.slice(0, 300)
}

/** Reads a Response once: status, JSON when it is JSON, the message of a refusal. */
export async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text()
  let json: Record<string, unknown> | undefined
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      json = JSON.parse(text) as Record<string, unknown>
    } catch {
      json = undefined
    }
  }
  return { status: response.status, json, message: response.status >= 400 ? messageOf(json, text) : undefined }
}

const shown = (input: unknown): string => {
  const text = JSON.stringify(input) ?? String(input)
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}

/** Counts the answer under `target` and records it as a problem when it breaks the rules above. */
export function judge(target: string, input: unknown, answer: Answer): void {
  const tally = tallies.get(target) ?? { tried: 0, ok: 0, refused: 0, failed: 0 }
  tallies.set(target, tally)
  tally.tried += 1
  if (answer.status >= 500) {
    tally.failed += 1
    problems.push(`${target} ${shown(input)} → ${answer.status} ${answer.message ?? ''}`)
  } else if (answer.status >= 400) {
    tally.refused += 1
    if (!isBilingual(answer.message)) problems.push(`${target} ${shown(input)} → ${answer.status} not bilingual: ${answer.message ?? '(no message)'}`)
  } else tally.ok += 1
}

/** Records a rule broken by what was stored (re-read after a 2xx). */
export function storedProblem(target: string, input: unknown, what: string): void {
  problems.push(`${target} ${shown(input)} → stored: ${what}`)
}

/** One line per target: inputs tried, accepted, refused, 5xx. */
export function printTallies(title: string): string {
  const lines = [...tallies.entries()].map(
    ([target, t]) => `inputs ${target}: tried=${t.tried} 2xx/3xx=${t.ok} 4xx=${t.refused} 5xx=${t.failed}`,
  )
  const total = [...tallies.values()].reduce((sum, t) => sum + t.tried, 0)
  const failed = [...tallies.values()].reduce((sum, t) => sum + t.failed, 0)
  const report = [`${title}: ${total} inputs, 5xx=${failed}`, ...lines].join('\n')
  process.stdout.write(`${report}\n`)
  return report
}

/** Multiplies every run count (FC_RUNS=10 for a ten times longer hunt); FC_SEED replays a run. */
export const runs = (base: number): number => Math.max(1, Math.round(base * Number(process.env.FC_RUNS ?? 1)))
export const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)

/** Runs `check` on `numRuns` generated inputs, one after the other (the answers are judged inside). */
export async function explore<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, check: (input: T) => Promise<void>): Promise<void> {
  await fc.assert(fc.asyncProperty(arbitrary, async (input) => check(input)), { numRuns, seed, endOnFailure: true })
}
