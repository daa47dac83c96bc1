import type { ServerProps } from 'payload'
import React from 'react'
import { mayReadNationalDashboard } from '../../reports/national/access'
import { NATIONAL_TEXT } from './labels'
import { NATIONAL_PATH } from './national-path'

/** A link to the national view under the admin's navigation, for those who may read it (admins, national role). */
export function NationalNavLink({ user, payload, i18n }: ServerProps) {
  if (!mayReadNationalDashboard({ user: user ?? null })) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}${NATIONAL_PATH}`} style={{ display: 'block', padding: '0.5rem 0', fontWeight: 600 }}>
      {NATIONAL_TEXT[i18n?.language === 'en' ? 'en' : 'fr'].navLink}
    </a>
  )
}
