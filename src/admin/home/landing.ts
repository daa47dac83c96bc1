import { roleOf, type Role } from '../../access/roles'
import { DASHBOARD_PATH } from '../dashboard/dashboard-path'
import { NATIONAL_PATH } from '../national/national-path'

/** Where each role's work starts: coordinators on their campaigns' dashboard, the national coordination comparing federations. */
const LANDINGS: Partial<Record<Role, string>> = { coordinator: DASHBOARD_PATH, national: NATIONAL_PATH }

/** Where a signed-in person is sent from the admin's home, or undefined to stay there. */
export function landingPathFor(user: unknown, adminRoute: string): string | undefined {
  const role = roleOf(user)
  const path = role ? LANDINGS[role] : undefined
  return path ? `${adminRoute}${path}` : undefined
}
