import type { Template } from '../template'
import type { NotificationKind } from '../types'
import { accountTemplates } from './account'
import { billingTemplates } from './billing'
import { campaignTemplates } from './campaign'
import { fileTemplates } from './file'
import { sessionTemplates } from './session'
import { surveyTemplates } from './survey'

/** The templates by area, as written. */
export const TEMPLATE_GROUPS = {
  account: accountTemplates,
  file: fileTemplates,
  session: sessionTemplates,
  survey: surveyTemplates,
  billing: billingTemplates,
  campaign: campaignTemplates,
} as const

/** One template per notification kind: a kind added to NOTIFICATION_KINDS without a template is a type error here. */
export const TEMPLATES: Record<NotificationKind, Template> = {
  ...accountTemplates,
  ...fileTemplates,
  ...sessionTemplates,
  ...surveyTemplates,
  ...billingTemplates,
  ...campaignTemplates,
}
