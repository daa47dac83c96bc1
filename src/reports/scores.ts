/**
 * Satisfaction scores (1–5 scales) of a set of questionnaire answers: per question, the mean and the
 * distribution (how many answered 1, 2… 5), and the mean over every scale answer. Qualiopi ind. 30 and 2.
 */
export interface ScaleAnswer {
  key: string
  scale?: number | null
  text?: string | null
  choice?: string | null
}

export interface QuestionScore {
  key: string
  answers: number
  mean: number
  /** distribution[0] = number of 1s … distribution[4] = number of 5s. */
  distribution: [number, number, number, number, number]
}

export interface ScoreSummary {
  respondents: number
  mean: number
  /** Share of scale answers at 4 or 5, 0–1: "satisfied". */
  satisfiedRate: number
  questions: QuestionScore[]
  distribution: [number, number, number, number, number]
}

const emptyDistribution = (): [number, number, number, number, number] => [0, 0, 0, 0, 0]
const isScale = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5

export function scoreSummary(responses: readonly { answers: readonly ScaleAnswer[] }[]): ScoreSummary {
  const byKey = new Map<string, number[]>()
  for (const r of responses)
    for (const a of r.answers) if (isScale(a.scale)) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a.scale])
  const distributionOf = (values: readonly number[]) => {
    const d = emptyDistribution()
    for (const v of values) d[v - 1] += 1
    return d
  }
  const mean = (values: readonly number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0)
  const all = [...byKey.values()].flat()
  return {
    respondents: responses.length,
    mean: mean(all),
    satisfiedRate: all.length ? all.filter((v) => v >= 4).length / all.length : 0,
    distribution: distributionOf(all),
    questions: [...byKey.entries()].map(([key, values]) => ({
      key,
      answers: values.length,
      mean: mean(values),
      distribution: distributionOf(values),
    })),
  }
}

export interface FreeText {
  kind: string
  key: string
  text: string
}

/** Every non-empty free-text answer, in order (Qualiopi ind. 30: the trainees' own words). */
export function freeTexts(responses: readonly { kind: string; answers: readonly ScaleAnswer[] }[]): FreeText[] {
  return responses.flatMap((r) =>
    r.answers.flatMap((a) => (typeof a.text === 'string' && a.text.trim() ? [{ kind: r.kind, key: a.key, text: a.text.trim() }] : [])),
  )
}

/** The directors' answers to the second-training offer, counted per answer. */
export function offerCounts(answers: readonly (string | null | undefined)[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const a of answers) if (a) counts[a] = (counts[a] ?? 0) + 1
  return counts
}
