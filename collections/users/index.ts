import type { CollectionConfig } from 'payload'
import { ROLES, ROLE_LABELS, adminsOnly, adminsOnlyField } from '../../src/access/roles'
import { env } from '../../src/lib/env'
import { staffOnlyField } from '../shared/access/team'
import { readUsers } from './access/read-users'
import { updateUsers } from './access/update-users'
import { usersAuth } from './auth-options'
import { forgotPasswordOutsideTransaction } from './hooks/forgot-password-outside-transaction'
import { queueWelcomeMail } from './hooks/queue-welcome-mail'
import { personalDataPanelField } from '../../src/gdpr/panel-field'
import { memberFederations } from './hooks/member-federations'
import { FEDERATION_MEMBER_ROLES } from '../shared/access/federation-scope'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { fr: 'Utilisateur', en: 'User' }, plural: { fr: 'Utilisateurs', en: 'Users' } },
  auth: usersAuth(env().serverUrl),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'language'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: {
    read: readUsers,
    create: adminsOnly,
    update: updateUsers,
    delete: adminsOnly,
    // Lifting a lockout is an administrator's decision, not any signed-in account's (Payload's default).
    unlock: adminsOnly,
    // The admin panel is for accounts; participants have none and use personal links.
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeOperation: [forgotPasswordOutsideTransaction], afterChange: [queueWelcomeMail] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'structure-admin',
      label: { fr: 'Rôle', en: 'Role' },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Nobody but an admin gives or changes a role, not even their own.
      access: { create: adminsOnlyField, update: adminsOnlyField },
      saveToJWT: true,
      index: true,
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'fr',
      label: { fr: 'Langue des e-mails', en: 'E-mail language' },
      options: [
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      // A structure admin's tenants: the structures whose data they see and edit (collections/structures/access).
      name: 'structures',
      type: 'relationship',
      relationTo: 'structures',
      hasMany: true,
      index: true,
      label: { fr: 'Structures administrées', en: 'Structures administered' },
      // Staff assign tenants; nobody widens their own.
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { condition: (data) => data?.role === 'structure-admin' },
    },
    {
      // Coordinators, editors and facilitators act only in these federations (collections/shared/access/federation-scope.ts).
      name: 'federations',
      type: 'relationship',
      relationTo: 'federations',
      hasMany: true,
      index: true,
      label: { fr: 'Fédérations', en: 'Federations' },
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: { condition: (data) => (FEDERATION_MEMBER_ROLES as readonly string[]).includes(String(data?.role)) },
      hooks: { beforeChange: [memberFederations] },
    },
    personalDataPanelField('user'),
  ],
}
