import type { Field, TabsField } from 'payload'
import { organisationFactFields } from '../shared/fields/organisation-facts'
import { validateEmail } from '../../src/validation/email'
import { bilingual, type ValidationResult } from '../../src/validation/messages'

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

/**
 * A federation's own settings, each optional: the legal entity its documents state (same fields as the global
 * `organisation-settings`, which fills what is left empty) and the identity its mails are sent under. Named tabs,
 * so the data sits under `organisation` and `mailSender` and never meets the federation's own `name`.
 * Admins only write them (the collection is admin-write; src/access/field-write-rules.ts).
 *
 * OPCO lead times are not here: the workflow (src/workflow/config.ts) takes them as one config that the move
 * service, the timers, the reschedule and the file's deadline stamp each read with its default; a per-federation
 * value would have to reach every one of those at once, or the deadline stamped and the deadline checked would differ.
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
  ],
}
