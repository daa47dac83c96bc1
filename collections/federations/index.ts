import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../../src/access/roles'
import { onboardEndpoint } from '../../src/federations/onboard-endpoint'
import { slugField } from '../shared/fields/slug'
import { readFederations } from './access'
import { FEDERATION_PHASES, FEDERATION_PHASE_LABELS } from './phases'
import { refuseDeleteInUse } from './hooks/refuse-delete-in-use'
import { federationSettingsTabs } from './settings'

/**
 * A regional federation: the tenant above structures. Structures, networks, campaigns, sessions, funding files
 * and their content belong to one; coordinators, editors and facilitators act only in theirs.
 */
export const Federations: CollectionConfig = {
  slug: 'federations',
  labels: { singular: { fr: 'Fédération', en: 'Federation' }, plural: { fr: 'Fédérations', en: 'Federations' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'territory', 'phase', 'networkName'],
    group: { fr: 'Administration', en: 'Administration' },
    // Onboarding a new federation in one step (src/admin/federations): a link above the list, for admins.
    components: { beforeListTable: ['/src/admin/federations/onboard-link#OnboardFederationLink'] },
  },
  // POST /api/federations/onboard (src/federations/onboard-endpoint.ts).
  endpoints: [onboardEndpoint],
  access: { read: readFederations, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  hooks: { beforeDelete: [refuseDeleteInUse] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { fr: 'Nom', en: 'Name' } },
    slugField('name'),
    { name: 'territory', type: 'text', label: { fr: 'Territoire', en: 'Territory' } },
    {
      name: 'phase',
      type: 'select',
      required: true,
      defaultValue: 'experimentation',
      label: { fr: 'Phase du déploiement', en: 'Roll-out phase' },
      options: FEDERATION_PHASES.map((value) => ({ value, label: FEDERATION_PHASE_LABELS[value] })),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'networkName',
          type: 'text',
          defaultValue: 'ERIC',
          label: { fr: 'Réseau de médiation (sigle)', en: 'Mediation network (short name)' },
          admin: { width: '40%', description: { fr: 'ERIC en PACA, Hub en Corse…', en: 'ERIC in PACA, Hub in Corsica…' } },
        },
        {
          name: 'networkLabel',
          type: 'text',
          label: { fr: 'Réseau de médiation (nom complet)', en: 'Mediation network (full name)' },
          admin: { width: '60%' },
        },
      ],
    },
    {
      name: 'structuresTarget',
      type: 'number',
      min: 0,
      label: { fr: 'Objectif de structures formées', en: 'Target of structures trained' },
    },
    // Its legal entity and mail sender, in tabs below the federation's identity (documents and mails read them).
    federationSettingsTabs,
  ],
}
