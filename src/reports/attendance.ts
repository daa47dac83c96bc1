/**
 * Attendance and hours of a session, from its half-days and each participant's signed lines: what the OPCO pays
 * (attended hours) and what Qualiopi ind. 2 calls completion.
 */
export interface AttendancePerson {
  name: string
  status: string
  hoursAttended: number
  signedSlots: number[]
}

export interface AttendanceSummary {
  enrolled: number
  attended: number
  partial: number
  noShow: number
  plannedHours: number
  /** Hours the group could have attended (planned × enrolled) and did. */
  hoursDue: number
  hoursAttended: number
  /** Share of the due hours attended, 0–1. */
  attendanceRate: number
  /** Share of the enrolled who attended every half-day, 0–1 (ind. 2 completion). */
  completionRate: number
  perSlot: { index: number; signed: number }[]
  people: { name: string; status: string; hoursAttended: number; halfDays: number }[]
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0)

export function attendanceSummary(
  slots: readonly { start: Date; end: Date }[],
  people: readonly AttendancePerson[],
): AttendanceSummary {
  const plannedHours = slots.reduce((h, s) => h + (s.end.getTime() - s.start.getTime()) / 3_600_000, 0)
  const count = (status: string) => people.filter((p) => p.status === status).length
  const hoursAttended = people.reduce((h, p) => h + p.hoursAttended, 0)
  const complete = people.filter((p) => slots.length > 0 && new Set(p.signedSlots).size >= slots.length).length
  return {
    enrolled: people.length,
    attended: count('attended'),
    partial: count('partial'),
    noShow: count('no-show'),
    plannedHours,
    hoursDue: plannedHours * people.length,
    hoursAttended,
    attendanceRate: ratio(hoursAttended, plannedHours * people.length),
    completionRate: ratio(complete, people.length),
    perSlot: slots.map((_, index) => ({ index, signed: people.filter((p) => p.signedSlots.includes(index)).length })),
    people: people.map((p) => ({ name: p.name, status: p.status, hoursAttended: p.hoursAttended, halfDays: new Set(p.signedSlots).size })),
  }
}
