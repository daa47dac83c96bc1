import type { Field, TabsField } from 'payload'
import { organisationFactFields } from '../shared/fields/organisation-facts'
import { validateEmail } from '../../src/validation/email'
import { bilingual, type ValidationResult } from '../../src/validation/messages'
import { OPCOS } from '../../src/validation/idcc'
import { DEFAULT_WORKFLOW_CONFIG } from '../../src/workflow/config'
import { optionsFrom } from '../shared/fields/options'

const trimmed = ({ value }: { value?: unknown }) => (typeof value === 'string' ? value.trim() : value)

/** A display name goes into the From header: a line break there would let it add headers of its own. */
export function validateSenderName(value: unknown): ValidationResult {
  if (typeof value !== 'string' || /^[^\p{Cc}<>"]*$/u.test(value)) return true
  return bilingual('Le nom d’expéditeur tient sur une ligne, sans < > ni guillemets', 'the sender name is one line, without < > or quotes')
}

const senderFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'name',
        type: 'text',
        label: { fr: 'Nom affiché', en: 'Display name' },
        hooks: { beforeValidate: [trimmed] },
        validate: validateSenderName,
        admin: { width: '50%', description: { fr: 'Ex. « FAS Occitanie · essaim »', en: 'E.g. "FAS Occitanie · essaim"' } },
      },
      {
        name: 'address',
        type: 'text',
        label: { fr: 'Adresse d’expédition', en: 'Sender address' },
        hooks: { beforeValidate: [trimmed] },
        validate: (value: unknown) => validateEmail(value),
        admin: {
          width: '50%',
          description: {
            fr: 'Le serveur d’envoi doit être autorisé à écrire au nom de ce domaine (SPF, DKIM), sinon les messages seront refusés.',
            en: 'The mail relay must be allowed to send for this domain (SPF, DKIM), or messages will be refused.',
          },
        },
      },
    ],
  },
]

/** The OPCOs a lead time can be set for: the named ones (« Autre » names none). */
const LEAD_TIME_OPCOS = Object.fromEntries(Object.entries(OPCOS).filter(([code]) => code !== 'autre'))

/** One row per OPCO: two would leave the deadline to chance. */
function validateLeadTimes(value: unknown): ValidationResult {
  const opcos = (Array.isArray(value) ? value : []).map((row: { opco?: unknown }) => row?.opco).filter(Boolean)
  if (new Set(opcos).size === opcos.length) return true
  return bilingual('Un seul délai par OPCO', 'one lead time per OPCO')
}

/**
 * A federation's own settings, each optional: the legal entity its documents state (same fields as the global
 * `organisation-settings`, which fills what is left empty) and the identity its mails are sent under. Named tabs,
 * so the data sits under `organisation` and `mailSender` and never meets the federation's own `name`.
 * Admins only write them (the collection is admin-write; src/access/field-write-rules.ts).
 * Its OPCO lead times reach the workflow through each file's facts (`leadTimeDays`, read with the file by
 * collections/funding-files/facts.ts), so the deadline stamped, checked, reminded and mailed is the same one.
 */
export const federationSettingsTabs: TabsField = {
  type: 'tabs',
  tabs: [
    {
      name: 'organisation',
      label: { fr: 'Organisme de formation', en: 'Training organisation' },
      description: {
        fr: 'Les mentions de cette fédération sur ses certificats, attestations, convocations et bilans. Un champ vide reprend la valeur de Réglages › Organisme de formation.',
        en: 'What this federation’s certificates, attestations, convocations and reports state. An empty field takes the value of Settings › Training organisation.',
      },
      fields: organisationFactFields({ required: false }),
    },
    {
      name: 'mailSender',
      label: { fr: 'Expéditeur des e-mails', en: 'Mail sender' },
      description: {
        fr: 'L’expéditeur des messages sur les dossiers, sessions et campagnes de cette fédération. Vide : l’expéditeur de la plateforme.',
        en: 'The sender of the messages about this federation’s files, sessions and campaigns. Empty: the platform’s sender.',
      },
      fields: senderFields,
    },
    {
      label: { fr: 'Délais de dépôt OPCO', en: 'OPCO filing lead times' },
      description: {
        fr: `Le nombre de jours avant le début de la session au-delà duquel la demande de prise en charge ne peut plus être déposée, quand cette fédération en convient autrement avec un OPCO. Sans ligne pour un OPCO : ${DEFAULT_WORKFLOW_CONFIG.defaultLeadTimeDays} jours. Jamais moins de ${DEFAULT_WORKFLOW_CONFIG.hardFloorLeadTimeDays} jours.`,
        en: `How many days before the session starts the funding request must be filed, when this federation agreed otherwise with an OPCO. No row for an OPCO: ${DEFAULT_WORKFLOW_CONFIG.defaultLeadTimeDays} days. Never under ${DEFAULT_WORKFLOW_CONFIG.hardFloorLeadTimeDays} days.`,
      },
      fields: [
        {
          name: 'leadTimes',
          type: 'array',
          label: { fr: 'Délais par OPCO', en: 'Lead times by OPCO' },
          labels: { singular: { fr: 'Délai', en: 'Lead time' }, plural: { fr: 'Délais', en: 'Lead times' } },
          validate: validateLeadTimes,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'opco', type: 'select', required: true, options: optionsFrom(LEAD_TIME_OPCOS), label: 'OPCO', admin: { width: '60%' } },
                {
                  name: 'days',
                  type: 'number',
                  required: true,
                  min: DEFAULT_WORKFLOW_CONFIG.hardFloorLeadTimeDays,
                  max: 180,
                  label: { fr: 'Jours avant la session', en: 'Days before the session' },
                  admin: { width: '40%' },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
