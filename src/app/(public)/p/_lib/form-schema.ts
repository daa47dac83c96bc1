import { z } from 'zod'

/**
 * What a personal page's forms may post, checked with the same schema library as the API. A wrong or oversized
 * value becomes the empty value that the sheet and survey services refuse with their own page message (an
 * unknown link, a half-day that does not exist): the person lands on the page that says so, never on an error.
 */
const personalForm = z.object({
  sessionId: z.string().max(64).catch(''),
  token: z.string().max(256).catch(''),
  lang: z.string().max(8).catch(''),
  // A missing or odd half-day is NaN, which no sheet accepts (rather than 0).
  slotIndex: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .catch(Number.NaN),
  slotRaw: z.string().max(3).catch(''),
  countersign: z.literal('countersign').transform(() => true).catch(false),
  page: z.enum(['questionnaire', '']).catch(''),
  absent: z.array(z.string().max(64)).max(500).catch([]),
})

export type PersonalForm = z.output<typeof personalForm>

const text = (form: FormData, name: string): unknown => {
  const value = form.get(name)
  return typeof value === 'string' ? value : undefined
}

/** The personal form's fields, each checked; survey answers (`q-…`) are checked by the survey's own questions. */
export function readPersonalForm(form: FormData): PersonalForm {
  return personalForm.parse({
    sessionId: text(form, 'sessionId'),
    token: text(form, 'token'),
    lang: text(form, 'lang'),
    slotIndex: text(form, 'slotIndex'),
    slotRaw: text(form, 'slotIndex'),
    countersign: text(form, 'intent'),
    page: text(form, 'page'),
    absent: form.getAll('absent').filter((v): v is string => typeof v === 'string'),
  })
}
