import { describe, expect, it } from '@jest/globals'
import type { FlattenedField } from 'payload'
import { fieldLabelAt } from '../../collections/shared/hooks/field-label'

// The shape Payload's sanitized config gives (flattenedFields), reduced to what the refusal reads.
const fields = [
  { name: 'venue', type: 'relationship', label: { fr: 'Lieu (espace ERIC)', en: 'Venue (ERIC space)' } },
  {
    name: 'consent',
    type: 'group',
    label: { fr: 'Consentement', en: 'Consent' },
    flattenedFields: [{ name: 'givenBy', type: 'text', label: { fr: 'Donné par', en: 'Given by' } }],
  },
  { name: 'slots', type: 'array', label: 'Demi-journées', flattenedFields: [{ name: 'start', type: 'date' }] },
] as unknown as FlattenedField[]

describe('fieldLabelAt (fields named by their labels in refusals)', () => {
  it('names a top-level field by its label', () => {
    expect(fieldLabelAt(fields, 'venue')).toEqual({ fr: 'Lieu (espace ERIC)', en: 'Venue (ERIC space)' })
  })

  it('names a nested field by its parents’ labels, never by `consent.givenBy`', () => {
    expect(fieldLabelAt(fields, 'consent.givenBy')).toEqual({ fr: 'Consentement > Donné par', en: 'Consent > Given by' })
  })

  it('skips array indexes and keeps the name of a part without a label', () => {
    expect(fieldLabelAt(fields, 'slots.2.start')).toEqual({ fr: 'Demi-journées > start', en: 'Demi-journées > start' })
  })

  it('gives nothing for a path that names no field (Payload then shows the path)', () => {
    expect(fieldLabelAt(fields, 'nowhere')).toBeUndefined()
    expect(fieldLabelAt(fields, 'consent.nobody')).toBeUndefined()
  })

  it('never puts a comma or a colon between the parts (Payload splits its list there)', () => {
    expect(fieldLabelAt(fields, 'consent.givenBy')?.fr).not.toMatch(/[,:]/)
  })
})
