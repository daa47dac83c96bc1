import { z } from 'zod'
import { amount, dateValue, text } from '../../../src/validation/request-fields'

/** One half-day typed with new session dates. */
const slot = z.object({ start: dateValue, end: dateValue }).strict()

/**
 * What a move may carry (src/workflow TransitionInput & BillingInput), checked before the workflow reads it:
 * right types, dates as ISO strings (or Dates from server code), no unknown key. The workflow then checks what
 * each move needs (an OPCO reference to file, an amount to approve…).
 */
export const moveDataSchema = z
  .object({
    reason: text(2000).optional(),
    opcoRef: text(120).optional(),
    submittedAt: dateValue.optional(),
    agreedAmount: amount.optional(),
    validUntil: dateValue.optional(),
    refusalReason: text(2000).optional(),
    sessionStart: dateValue.optional(),
    sessionEnd: dateValue.optional(),
    slots: z.array(slot).max(40).optional(),
    reportValidated: z.boolean().optional(),
    employerAmount: amount.optional(),
    remainderPaid: z.boolean().optional(),
  })
  .strict()

export type MoveData = z.output<typeof moveDataSchema>

/** POST /api/funding-files/:id/transition | /billing body. `reason` may come beside `data` or inside it. */
export const moveBodySchema = z
  .object({
    to: z.string().min(1).max(60),
    reason: text(2000).optional(),
    data: moveDataSchema.optional(),
  })
  .strict()
