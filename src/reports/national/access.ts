import type { PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'

/** The national view compares every federation: admins and the national coordination read it, nobody else. */
export const mayReadNationalDashboard = (req: Pick<PayloadRequest, 'user'>): boolean => hasRole(req, 'admin', 'national')

export const NATIONAL_ONLY = {
  fr: 'La vue nationale est réservée aux administrateurs et à la coordination nationale.',
  en: 'The national view is for administrators and the national coordination.',
} as const
