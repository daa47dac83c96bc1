import type { Field } from 'payload'
import { teamOnlyField } from '../../shared/access/team'
import { bilingual, isBlank } from '../../../src/validation/messages'

const NOT_A_URL = bilingual('Adresse web attendue (https://…)', 'a web address is expected (https://…)')

/**
 * The kit e-mail sent to every structure of the region (its wording beyond the template, and where its button
 * leads), the state of that mailing (written by the kit service only), and the template a campaign was made from.
 */
export const kitFields: Field[] = [
  {
    // Kit preview, launch, pause and progress; the new-region action; assignment by département.
    name: 'campaignPanel',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/collections/campaigns/components/campaign-panel#CampaignPanel' } },
  },
  {
    name: 'kit',
    type: 'group',
    label: { fr: 'Message du kit', en: 'Kit message' },
    access: { read: teamOnlyField },
    fields: [
      {
        name: 'link',
        type: 'text',
        label: { fr: 'Lien du kit', en: 'Kit link' },
        validate: (value: unknown) => (isBlank(value) || /^https?:\/\/\S+$/.test(String(value)) ? true : NOT_A_URL),
        admin: {
          description: {
            fr: 'Page ou dossier partagé ouvert par le bouton du message ; par défaut, le document de présentation.',
            en: 'Page or shared folder the message’s button opens; by default, the presentation document.',
          },
        },
      },
      {
        name: 'documents',
        type: 'array',
        label: { fr: 'Contenu du kit (une ligne par document)', en: 'Kit contents (one line per document)' },
        admin: {
          description: { fr: 'Vide : la liste standard (présentation, procédure, modèles).', en: 'Empty: the standard list.' },
        },
        fields: [{ name: 'line', type: 'text', required: true, label: { fr: 'Document', en: 'Document' } }],
      },
    ],
  },
  {
    name: 'kitMailing',
    type: 'group',
    label: { fr: 'Envoi du kit', en: 'Kit mailing' },
    access: { read: teamOnlyField, create: () => false, update: () => false },
    admin: { readOnly: true, condition: () => false },
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'idle',
        options: [
          { value: 'idle', label: { fr: 'Non lancé', en: 'Not launched' } },
          { value: 'running', label: { fr: 'En cours', en: 'Running' } },
          { value: 'paused', label: { fr: 'En pause', en: 'Paused' } },
        ],
      },
      { name: 'generation', type: 'number', defaultValue: 0 },
      { name: 'launchedAt', type: 'date' },
      { name: 'pausedAt', type: 'date' },
      { name: 'launchedBy', type: 'relationship', relationTo: 'users' },
    ],
  },
  {
    name: 'clonedFrom',
    type: 'relationship',
    relationTo: 'campaigns',
    label: { fr: 'Créée à partir de', en: 'Made from' },
    access: { read: teamOnlyField },
    admin: { position: 'sidebar', readOnly: true },
  },
]
