import { roleOf } from '../../access/roles'
import { DASHBOARD_PATH } from '../dashboard/dashboard-path'

/** Where a signed-in person is sent from the admin's home, or undefined to stay there. */
export function landingPathFor(user: unknown, adminRoute: string): string | undefined {
  return roleOf(user) === 'coordinator' ? `${adminRoute}${DASHBOARD_PATH}` : undefined
}
