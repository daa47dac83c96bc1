import type { Field } from 'payload'
import {
  DEPARTEMENTS,
  REGIONS,
  normalizeDepartement,
  regionOfDepartement,
  validateDepartement,
} from '../../../src/validation/departements'
import { validatePostalCode } from '../../../src/validation/postal-code'

const departementOptions = DEPARTEMENTS.map((d) => ({ value: d.code, label: `${d.code} · ${d.name}` }))
/** The regions as select options (derived region of an address, scope of a campaign). */
export const regionOptions = Object.entries(REGIONS).map(([value, label]) => ({ value, label }))

/**
 * Street, postal code, commune, département (controlled list) and the region derived from the département.
 * Shared by structures and ERIC spaces: both are places the programme goes to.
 */
export function addressFields(): Field[] {
  return [
    { name: 'street', type: 'text', label: { fr: 'Adresse', en: 'Street address' } },
    {
      type: 'row',
      fields: [
        {
          name: 'postalCode',
          type: 'text',
          label: { fr: 'Code postal', en: 'Postal code' },
          validate: (value: unknown) => validatePostalCode(value),
          admin: { width: '25%' },
        },
        {
          name: 'commune',
          type: 'text',
          required: true,
          label: { fr: 'Commune', en: 'Town' },
          admin: { width: '35%' },
        },
        {
          name: 'departement',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Département', en: 'Département' },
          options: departementOptions,
          hooks: {
            beforeValidate: [({ value }) => (typeof value === 'string' ? normalizeDepartement(value) : value)],
          },
          // Replaces the generic "invalid selection" with a message naming the expected codes.
          validate: (value: unknown) => validateDepartement(value),
          admin: { width: '40%' },
        },
      ],
    },
    {
      name: 'region',
      type: 'select',
      index: true,
      label: { fr: 'Région', en: 'Region' },
      options: regionOptions,
      admin: { readOnly: true, description: { fr: 'Déduite du département.', en: 'Derived from the département.' } },
      hooks: {
        beforeChange: [
          ({ siblingData, previousSiblingDoc }) => {
            const departement = siblingData.departement ?? previousSiblingDoc?.departement
            return typeof departement === 'string' ? regionOfDepartement(departement) : undefined
          },
        ],
      },
    },
  ]
}
