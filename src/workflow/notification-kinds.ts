/**
 * Every kind of notification essaim sends. The workflow plans them (effects plan), the mail side renders them
 * (src/email/templates). One list so the two can never drift apart.
 */
export const NOTIFICATION_KINDS = [
  // accounts
  'user.welcome',
  // funding file: preparation and filing
  'file.created', // RC: a new file exists
  'file.missing_items', // SA: completeness nudge (T0) or ready→draft, lists what is missing
  'file.submit_now', // SA: draft→ready, file the DPC now
  'file.deadline_reminder', // SA: T1 at D−45, D−35, D−L−1
  'file.deadline_escalation', // RC: T1 at D−L
  'file.submitted', // RC, TR: pending OPCO
  'file.opco_silent', // SA: T2 did the OPCO answer?
  'file.opco_silent_escalation', // RC: T2 escalation
  'file.info_requested', // RC: the OPCO asked for more
  'file.info_reminder', // SA then RC: T3
  'file.approved', // RC, TR, ERIC, SA: approval
  'file.partially_approved', // SA + RC: gap = remainder
  'file.partial_decision_reminder', // T9
  'file.refused', // SA, RC with options
  'file.refusal_options_reminder', // T10
  'file.postpone_or_cancel_proposal', // D−14 after a refusal or partial approval
  'file.resubmitted', // RC: back to draft after refusal/partial
  'file.self_funded', // RC, TR
  'file.apc_validity', // T8: the APC lapses soon
  'file.rescheduled', // P, TR: modification notice
  'file.cancelled', // P, TR, ERIC, SA (inform the OPCO in writing)
  'file.expired', // SA, RC: offer a clone with new dates
  // session
  'session.role_mix_check', // T4 at D−10: role-mix check at list lock
  'session.convocation', // P: convocation + règlement intérieur + venue (with .ics)
  'session.convened', // SA direction: convocations sent
  'session.trainer_logistics', // T7 at D−7
  'session.day_before', // T11 P at D−1
  'session.trainer_reminder', // T12 TR at D−2 with the attendance link
  'session.attendance_open', // TR: first slot started
  'session.participants_changed', // TR: a participant was added or withdrew
  'session.below_minimum', // RC: enrolments fell below the session minimum
  'attendance.unsigned', // T13 TR: a half-day sheet is not signed
  'attendance.absence', // T13 SA: absence the same day (Qualiopi ind. 12)
  'session.report_due', // T15 TR at +3 d, RC at +7 d
  // surveys
  'survey.positioning', // T6 P at D−10, relance D−5
  'survey.hot', // P at E
  'survey.hot_reminder', // T14 +2 d, +5 d
  'survey.director', // T16 +7 d
  'survey.cold', // T20a P at E+60
  'survey.cold_director', // director at E+60, with the offer of a second, operational training
  'survey.cold_reminder', // T20 +7 d, +14 d
  'survey.cold_late_alert', // RC: cold survey went out while the file is still `delivered`
  // billing and closing
  'billing.invoice_now', // RC: evidence ready, invoice now
  'billing.invoice_reminder', // T17
  'billing.remainder_invoice', // SA: remainder invoice
  'billing.payment_followup', // T18
  'billing.rejected', // RC, SA: OPCO rejected the invoice
  'billing.rejected_fix', // T19
  'billing.paid', // SA
  'file.report_ready', // RC, SA, ERIC; ED: testimony candidates
  // campaigns and operations
  'campaign.kit',
  'campaign.worklist_nudge',
  'ops.failure_digest',
  'programme.template_followed', // RC of each federation with an edition: the national programme changed it
] as const

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** Who receives a notification, resolved to real addresses at send time (src/email side). */
export const RECIPIENT_ROLES = [
  'structure-admins', // SA: the admins of the file's structure
  'coordinators', // RC: the coordinators (and admins) of the federation
  'facilitators', // TR: the session's facilitators
  'eric', // the venue's ERIC space contact
  'participants', // P: enrolled participants of the session
  'director', // the structure's direction (participant with jobRole direction, else structure admins)
  'editors', // ED
  'user', // one given user (welcome mail)
] as const

export type RecipientRole = (typeof RECIPIENT_ROLES)[number]
