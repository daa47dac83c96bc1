/** The first half-day of a session (ISO instant), or undefined when it has none: when a session "happens". */
export function firstSlotStart(slots: readonly { start: string }[] | null | undefined): string | undefined {
  const starts = (slots ?? []).map((s) => s.start).sort()
  return starts[0]
}
