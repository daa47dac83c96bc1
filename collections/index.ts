import type { CollectionConfig } from 'payload'
import { AuditEvents } from './audit-events'
import { Campaigns } from './campaigns'
import { EricSpaces } from './eric-spaces'
import { Facilitators } from './facilitators'
import { FundingFiles } from './funding-files'
import { Media } from './media'
import { News } from './news'
import { Notifications } from './notifications'
import { OutboxEvents } from './outbox-events'
import { Programmes } from './programmes'
import { Reports } from './reports'
import { Attendance } from './attendance'
import { Enrolments } from './enrolments'
import { Participants } from './participants'
import { PersonalDataRequests } from './personal-data-requests'
import { PersonalLinks } from './personal-links'
import { Sessions } from './sessions'
import { SurveyResponses } from './survey-responses'
import { Surveys } from './surveys'
import { Stories } from './stories'
import { Structures } from './structures'
import { Users } from './users'
import { StructureImports } from './imports'
import { Complaints } from './complaints'
import { ImprovementActions } from './improvement-actions'
import { FinancerAppreciations } from './financer-appreciations'
import { Federations } from './federations'

/** Every collection, in the order the admin navigation shows them. */
export const collections: CollectionConfig[] = [
  Users,
  Federations,
  Structures,
  EricSpaces,
  Facilitators,
  Campaigns,
  Programmes,
  Stories,
  News,
  Media,
  Sessions,
  FundingFiles,
  AuditEvents,
  Notifications,
  OutboxEvents,
  Participants,
  Enrolments,
  Attendance,
  Surveys,
  SurveyResponses,
  Reports,
  PersonalLinks,
  PersonalDataRequests,
  StructureImports,
  Complaints,
  ImprovementActions,
  FinancerAppreciations,
]
