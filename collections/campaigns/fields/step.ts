import type { Field } from 'payload'
import { optionsFrom } from '../../shared/fields/options'
import { STEP_LABELS } from './options'

/**
 * Which offer a campaign carries: the 3 days (first step), or the second, operational training that follows them.
 * A second-step campaign takes its federation's interested directors as leads (src/campaigns/second-step.ts) and
 * names its own programme.
 */
export const stepFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'step',
        type: 'select',
        // Not required: campaigns made before the second step (and their clones' data) are first-step ones.
        defaultValue: 'first',
        options: optionsFrom(STEP_LABELS),
        label: { fr: 'Étape', en: 'Step' },
        admin: { width: '50%' },
      },
      {
        name: 'programme',
        type: 'relationship',
        relationTo: 'programmes',
        label: { fr: 'Programme de la seconde étape', en: 'Second-step programme' },
        admin: { width: '50%', condition: (data) => (data as { step?: string }).step === 'second' },
      },
    ],
  },
]
