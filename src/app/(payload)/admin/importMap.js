import { PersonalDataPanel as PersonalDataPanel_a1e57f48e7e84f9673b53f16dd66c4e3 } from '../../../../src/gdpr/components/personal-data-panel'
import { OnboardFederationLink as OnboardFederationLink_5339e699f905589be482328cf1fc468b } from '../../../../src/admin/federations/onboard-link'
import { ExportLinks as ExportLinks_9d8e849caec93ca45ac75ad437d76a98 } from '../../../../collections/imports/components/export-links'
import { CampaignPanel as CampaignPanel_7b00d27b04f21f43784b37b181e8c15b } from '../../../../collections/campaigns/components/campaign-panel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RoleMixNotice as RoleMixNotice_d679d660fb2d5be766024eed7f697982 } from '../../../../collections/funding-files/components/role-mix-notice'
import { MoveButtonsServer as MoveButtonsServer_52464ee101f8e7b892b7e4926d5e9457 } from '../../../../collections/funding-files/components/move-buttons-server'
import { HalfDayNumberCell as HalfDayNumberCell_003d6e8ee3da4cb8dd0fceb548223023 } from '../../../../src/admin/fields/half-day-number'
import { HalfDayNumberField as HalfDayNumberField_003d6e8ee3da4cb8dd0fceb548223023 } from '../../../../src/admin/fields/half-day-number'
import { ImportProgress as ImportProgress_bfb49cfb9256620da4ae859fe269bba4 } from '../../../../collections/imports/components/import-progress'
import { ImportUploader as ImportUploader_278b3537b4ec88a6bebea09f61dce986 } from '../../../../collections/imports/components/import-uploader'
import { DashboardNavLink as DashboardNavLink_f343d4f266bc606bdda6959935ad1dc1 } from '../../../../src/admin/dashboard/nav-link'
import { NationalNavLink as NationalNavLink_dfaf31c16144101f568820cf9fcd1347 } from '../../../../src/admin/national/nav-link'
import { QueuesNavLink as QueuesNavLink_feaff9925e89c6d9889cc430ff3ffba9 } from '../../../../src/ops/queues-nav-link'
import { OnboardFederationView as OnboardFederationView_c7aa3c19cf6a1db9d582e4e77fcc6aec } from '../../../../src/admin/federations/onboard-view'
import { AdminHome as AdminHome_b0357daf1243480e6938f11e1e208ed7 } from '../../../../src/admin/home/admin-home'
import { CampaignDashboardView as CampaignDashboardView_fd33e80605135438212f5cf693469e87 } from '../../../../src/admin/dashboard/campaign-dashboard-view'
import { NationalDashboardView as NationalDashboardView_f9dd5c3f226834b77bb0e1a471610245 } from '../../../../src/admin/national/national-dashboard-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/gdpr/components/personal-data-panel#PersonalDataPanel": PersonalDataPanel_a1e57f48e7e84f9673b53f16dd66c4e3,
  "/src/admin/federations/onboard-link#OnboardFederationLink": OnboardFederationLink_5339e699f905589be482328cf1fc468b,
  "/collections/imports/components/export-links#ExportLinks": ExportLinks_9d8e849caec93ca45ac75ad437d76a98,
  "/collections/campaigns/components/campaign-panel#CampaignPanel": CampaignPanel_7b00d27b04f21f43784b37b181e8c15b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/funding-files/components/role-mix-notice#RoleMixNotice": RoleMixNotice_d679d660fb2d5be766024eed7f697982,
  "/collections/funding-files/components/move-buttons-server#MoveButtonsServer": MoveButtonsServer_52464ee101f8e7b892b7e4926d5e9457,
  "/src/admin/fields/half-day-number#HalfDayNumberCell": HalfDayNumberCell_003d6e8ee3da4cb8dd0fceb548223023,
  "/src/admin/fields/half-day-number#HalfDayNumberField": HalfDayNumberField_003d6e8ee3da4cb8dd0fceb548223023,
  "/collections/imports/components/import-progress#ImportProgress": ImportProgress_bfb49cfb9256620da4ae859fe269bba4,
  "/collections/imports/components/import-uploader#ImportUploader": ImportUploader_278b3537b4ec88a6bebea09f61dce986,
  "/src/admin/dashboard/nav-link#DashboardNavLink": DashboardNavLink_f343d4f266bc606bdda6959935ad1dc1,
  "/src/admin/national/nav-link#NationalNavLink": NationalNavLink_dfaf31c16144101f568820cf9fcd1347,
  "/src/ops/queues-nav-link#QueuesNavLink": QueuesNavLink_feaff9925e89c6d9889cc430ff3ffba9,
  "/src/admin/federations/onboard-view#OnboardFederationView": OnboardFederationView_c7aa3c19cf6a1db9d582e4e77fcc6aec,
  "/src/admin/home/admin-home#AdminHome": AdminHome_b0357daf1243480e6938f11e1e208ed7,
  "/src/admin/dashboard/campaign-dashboard-view#CampaignDashboardView": CampaignDashboardView_fd33e80605135438212f5cf693469e87,
  "/src/admin/national/national-dashboard-view#NationalDashboardView": NationalDashboardView_f9dd5c3f226834b77bb0e1a471610245,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
