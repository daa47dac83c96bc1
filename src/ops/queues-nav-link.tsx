import type { ServerProps } from 'payload'
import React from 'react'
import { roleOf } from '../access/roles'
import { QUEUE_BOARD_PATH } from './queue-board-path'

/** A link to the job queues' dashboard (bull-board) under the admin's navigation, for administrators only. */
export function QueuesNavLink({ user, i18n }: ServerProps) {
  if (roleOf(user) !== 'admin') return null
  return (
    <a className="nav__link" href={QUEUE_BOARD_PATH} style={{ display: 'block', padding: '0.5rem 0' }}>
      {i18n?.language === 'en' ? 'Job queues' : 'Files de travaux'}
    </a>
  )
}
