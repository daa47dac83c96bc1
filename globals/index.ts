import type { GlobalConfig } from 'payload'
import { OrganisationSettings } from './organisation-settings'

/** Every global (one-document settings), in the order the admin navigation shows them. */
export const globals: GlobalConfig[] = [OrganisationSettings]
