import type { CollectionConfig, Field } from 'payload'

/**
 * Every date of the admin in the French order (day/month/year, 24-hour clock).
 *
 * Payload's date input and list cell use the field's `admin.date.displayFormat`; without one the input falls back to
 * react-datepicker's American defaults (« 02/08/2027 » for 8 February, « Feb 8, 2027 3:00 PM ») whatever the root
 * `admin.dateFormat` says. Rather than repeat a format on every date field, the config is walked once here and every
 * date field without its own format gets the one of its picker. Payload takes one format string per field, not one
 * per language, so English readers get the same unambiguous day-first order (as in British usage).
 */
export const FRENCH_DATE_FORMATS = {
  day: 'dd/MM/yyyy',
  dayAndTime: 'dd/MM/yyyy HH:mm',
  time: 'HH:mm',
  month: 'MMMM yyyy',
} as const

type DateField = Extract<Field, { type: 'date' }>
type DateProps = NonNullable<NonNullable<DateField['admin']>['date']>

/** The display format a date field gets when it names none, by its picker. */
export function frenchDateProps(date: DateProps | undefined): DateProps {
  const props: DateProps = date ?? {}
  switch (props.pickerAppearance) {
    case 'dayAndTime':
      return { ...props, displayFormat: props.displayFormat ?? FRENCH_DATE_FORMATS.dayAndTime, timeFormat: props.timeFormat ?? FRENCH_DATE_FORMATS.time }
    case 'timeOnly':
      return { ...props, displayFormat: props.displayFormat ?? FRENCH_DATE_FORMATS.time, timeFormat: props.timeFormat ?? FRENCH_DATE_FORMATS.time }
    case 'monthOnly':
      return { ...props, displayFormat: props.displayFormat ?? FRENCH_DATE_FORMATS.month }
    case 'dayOnly':
      return { ...props, displayFormat: props.displayFormat ?? FRENCH_DATE_FORMATS.day }
    default:
      return { ...props, displayFormat: props.displayFormat ?? FRENCH_DATE_FORMATS.day }
  }
}

/** One field, and the fields it contains (groups, arrays, rows, collapsibles, tabs, blocks), with French dates. */
export function withFrenchDateField(field: Field): Field {
  switch (field.type) {
    case 'date':
      return { ...field, admin: { ...field.admin, date: frenchDateProps(field.admin?.date) } }
    case 'group':
    case 'array':
    case 'row':
    case 'collapsible':
      return { ...field, fields: field.fields.map(withFrenchDateField) } as Field
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withFrenchDateField) })) }
    case 'blocks':
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withFrenchDateField) })) }
    default:
      return field
  }
}

/** The collections with every date field shown in the French order (the originals are left untouched). */
export function withFrenchDates(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({ ...collection, fields: collection.fields.map(withFrenchDateField) }))
}
