import type { IncomingAuthType } from 'payload'

/** Failed logins in a row that lock an account, and for how long (Payload's defaults, stated so a test holds them). */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_TIME_MS = 10 * 60 * 1000
/** A signed-in session lasts two hours without activity (the admin refreshes it while in use). */
export const TOKEN_EXPIRATION_S = 2 * 60 * 60

/**
 * The users' auth settings. The session cookie is `Secure` whenever the site is served over https (a cookie sent
 * over plain http could be read on the way), and `SameSite=Lax` always: another site cannot make the browser send
 * it with a form or a script, while a link from a mail still opens the admin signed in (Strict would not).
 */
export function usersAuth(serverUrl: string): IncomingAuthType {
  return {
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_TIME_MS,
    tokenExpiration: TOKEN_EXPIRATION_S,
    cookies: { secure: serverUrl.startsWith('https://'), sameSite: 'Lax' },
  }
}
