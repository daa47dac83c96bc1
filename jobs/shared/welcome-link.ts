import type { Payload } from 'payload'
import { env } from '../../src/lib/env'

const WELCOME_LINK_DAYS = 7

/**
 * A new account's personal "choose your password" link: a Payload reset token, valid a week (a reset asked for
 * by the person themselves keeps Payload's one hour). The account may have been created with a password nobody
 * will use; the person sets their own.
 */
export async function welcomeLink(payload: Payload, email: string): Promise<{ link: string; deadline: Date }> {
  const expiration = WELCOME_LINK_DAYS * 24 * 3600 * 1000
  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email },
    disableEmail: true,
    expiration,
    overrideAccess: true,
  })
  return { link: `${env().serverUrl}/admin/reset/${token}`, deadline: new Date(Date.now() + expiration) }
}
