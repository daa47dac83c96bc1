import type { ServerProps } from 'payload'
import React from 'react'
import { roleOf } from '../../access/roles'
import { DASHBOARD_PATH } from './dashboard-path'

/** A link to the campaign dashboard under the admin's navigation, for coordinators and admins. */
export function DashboardNavLink({ user, payload, i18n }: ServerProps) {
  const role = roleOf(user)
  if (role !== 'admin' && role !== 'coordinator') return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}${DASHBOARD_PATH}`} style={{ display: 'block', padding: '0.5rem 0', fontWeight: 600 }}>
      {i18n?.language === 'en' ? 'Campaign dashboard' : 'Tableau de bord des campagnes'}
    </a>
  )
}
