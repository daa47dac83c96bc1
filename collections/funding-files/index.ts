import type { CollectionConfig } from 'payload'
import { hasRole } from '../../src/access/roles'
import { createFundingFiles, readFundingFiles } from './access/read-funding-files'
import { documentEndpoints } from './endpoints/documents'
import { moveEndpoints } from './endpoints/move-endpoints'
import { fundingFileFields } from './fields'
import { applyAutomaticMoves } from './hooks/apply-automatic-moves'
import { guardCreatorStructure } from './hooks/guard-creator-structure'
import { guardWorkflowFields } from './hooks/guard-workflow-fields'
import { planCreation } from './hooks/plan-creation'
import { publishMove } from './hooks/publish-move'
import { readyAtCreation } from './hooks/ready-at-creation'
import { refuseExpiredQualiopi } from './hooks/refuse-expired-qualiopi'
import { stampSchedule } from './hooks/stamp-schedule'

/**
 * The funding file (dossier de prise en charge OPCO): from the request to the report. Its status only moves
 * through the workflow (src/workflow) by POST /api/funding-files/:id/transition (or /billing), the buttons of
 * the edit view, or a timer. No drafts/autosave: `previousDoc` must be the last saved state (see the notes).
 */
export const FundingFiles: CollectionConfig = {
  slug: 'funding-files',
  labels: {
    singular: { fr: 'Dossier de financement', en: 'Funding file' },
    plural: { fr: 'Dossiers de financement', en: 'Funding files' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'structure', 'status', 'sessionStart', 'deadline', 'billingStatus'],
    group: { fr: 'Financement', en: 'Funding' },
    components: {
      edit: { beforeDocumentControls: ['/collections/funding-files/components/move-buttons-server#MoveButtonsServer'] },
    },
  },
  access: {
    read: readFundingFiles,
    create: createFundingFiles,
    update: readFundingFiles,
    delete: ({ req }) => hasRole(req, 'admin'),
  },
  hooks: {
    beforeChange: [guardCreatorStructure, refuseExpiredQualiopi, planCreation, guardWorkflowFields, applyAutomaticMoves, stampSchedule],
    afterChange: [publishMove, readyAtCreation],
  },
  endpoints: [...moveEndpoints, ...documentEndpoints],
  fields: fundingFileFields,
}

