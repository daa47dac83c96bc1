import type { ServerProps } from 'payload'
import React from 'react'
import { roleOf } from '../../access/roles'
import { ONBOARD_VIEW_PATH } from './onboard-path'

/** Above the federations list, for admins: the way to the onboarding screen (the list's « create » makes a bare one). */
export function OnboardFederationLink({ user, payload, i18n }: ServerProps) {
  if (roleOf(user) !== 'admin') return null
  const en = i18n?.language === 'en'
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-primary btn--size-small" href={`${payload.config.routes.admin}${ONBOARD_VIEW_PATH}`} style={{ textDecoration: 'none' }}>
        {en ? 'Onboard a federation (coordinator, campaign, structures)' : 'Accueillir une fédération (coordinateur, campagne, structures)'}
      </a>
    </p>
  )
}
