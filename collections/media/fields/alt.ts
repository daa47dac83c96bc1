import type { TextField } from 'payload'
import { bilingual, isBlank } from '../../../src/validation/messages'

const ALT_REQUIRED = bilingual(
  'Texte alternatif obligatoire : décrivez l’image pour les personnes qui ne la voient pas',
  'alternative text required: describe the image for people who cannot see it',
)

export const altField: TextField = {
  name: 'alt',
  type: 'text',
  required: true,
  label: { fr: 'Texte alternatif', en: 'Alternative text' },
  validate: (value: unknown) => (isBlank(value) ? ALT_REQUIRED : true),
}
