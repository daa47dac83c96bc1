import { z } from 'zod'
import { FEDERATION_PHASES } from '../../collections/federations/phases'
import { isValidEmail } from '../validation/email'
import { day, regionCode, text } from '../validation/request-fields'
import { says } from '../validation/request-issues'

/** A person's text: trimmed, required, bounded. */
const required = (max: number) => text(max).trim().min(1, says('obligatoire', 'required'))
/** Optional text: an empty one counts as absent (a form sends its empty inputs). */
const optional = (max: number) =>
  text(max)
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, says('au plus 254 caractères', 'at most 254 characters'))
  .refine(isValidEmail, says('adresse e-mail attendue', 'an e-mail address is expected'))

/**
 * What onboarding a federation asks for, the same from the admin screen (JSON or form fields) and from
 * `npm run federation:create` (each key is a `--kebab-case` option there). Flat, so every message names one input.
 */
export const onboardingInput = z
  .object({
    name: required(120),
    territory: optional(200),
    phase: z.enum(FEDERATION_PHASES).default('experimentation'),
    networkName: optional(40),
    networkLabel: optional(200),
    coordinatorName: required(120),
    coordinatorEmail: email,
    coordinatorLanguage: z.enum(['fr', 'en']).default('fr'),
    /** The campaign to copy (the national template), by id or slug; none: no campaign is made. */
    template: optional(120),
    /** The new campaign's region: a campaign that is not national targets one. */
    region: regionCode.optional(),
    /** The new campaign's first day; by default today. */
    campaignStart: day.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.template && !value.region) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['region'], ...says('obligatoire avec un modèle de campagne', 'required with a campaign template') })
    }
  })

export type OnboardingInput = z.output<typeof onboardingInput>

/** The structures file sent with the request, read whole (CSV or XLSX, docs/import-format.md). */
export interface StructuresFile {
  bytes: Uint8Array
  filename: string
}
