import { performance } from 'node:perf_hooks'

/** When each hand-off key reached its handler (performance.now()), for the Payload jobs-queue comparison. */
const reached = new Map<string, number>()

export function handoffReached(key: string): void {
  if (!reached.has(key)) reached.set(key, performance.now())
}

export function handoffTimes(): ReadonlyMap<string, number> {
  return reached
}
