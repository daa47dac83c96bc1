/** Domain §4 Enrolment.status: the participant's path from invitation to the attendance outcome. */
export const ENROLMENT_STATUSES = [
  'invited',
  'convened',
  'confirmed',
  'withdrawn',
  'attended',
  'partial',
  'no-show',
] as const
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number]

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, { fr: string; en: string }> = {
  invited: { fr: 'Invité', en: 'Invited' },
  convened: { fr: 'Convoqué', en: 'Convened' },
  confirmed: { fr: 'Confirmé', en: 'Confirmed' },
  withdrawn: { fr: 'Désisté', en: 'Withdrawn' },
  attended: { fr: 'Présent', en: 'Attended' },
  partial: { fr: 'Présence partielle', en: 'Partial attendance' },
  'no-show': { fr: 'Absent', en: 'No-show' },
}

/** Everyone on the list but those who withdrew: they sign, are counted absent, get the mails. */
export const isActiveEnrolment = (status: string | null | undefined): boolean => status !== 'withdrawn'
