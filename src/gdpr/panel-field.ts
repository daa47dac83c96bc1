import type { UIField } from 'payload'

/** The GDPR panel (export links, erasure) in the sidebar of a participant's or an account's edit view. */
export const personalDataPanelField = (subject: 'participant' | 'user'): UIField => ({
  name: 'personalData',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: { path: '/src/gdpr/components/personal-data-panel#PersonalDataPanel', clientProps: { subject } } },
  },
})
