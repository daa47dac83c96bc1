import { DefaultDashboard, type DashboardViewServerProps } from '@payloadcms/next/views'
import { redirect } from 'next/navigation'
import React from 'react'
import { landingPathFor } from './landing'

/**
 * The admin's home (/admin, where Payload lands after login). A coordinator's work starts on the campaign dashboard,
 * the national coordination's on the national view, so they are sent there (landing.ts); everyone else keeps
 * Payload's own home with their collections.
 */
export function AdminHome(props: DashboardViewServerProps) {
  const landing = landingPathFor(props.user, props.payload.config.routes.admin)
  if (landing) redirect(landing)
  return <DefaultDashboard {...props} />
}
