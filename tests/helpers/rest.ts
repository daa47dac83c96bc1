import { handleEndpoints, type Payload } from 'payload'

export type Account = { email: string; password: string }

export type RestRequest = {
  method?: string
  /** Below /api, with its query string. */
  path: string
  /** Signed in as this account; anonymous without one. */
  login?: Account
  /** Sent as is: JSON.stringify it for JSON, or pass a FormData or CSV text. */
  body?: BodyInit
  contentType?: string
}

// Each payload.login writes a session onto the user, so a file logs each account in once per Payload instance.
const tokens = new WeakMap<Payload, Map<string, Promise<string>>>()

function tokenFor(payload: Payload, { email, password }: Account): Promise<string> {
  const byEmail = tokens.get(payload) ?? new Map<string, Promise<string>>()
  tokens.set(payload, byEmail)
  let token = byEmail.get(email)
  if (!token) {
    token = payload.login({ collection: 'users', data: { email, password } }).then(({ token }) => {
      if (!token) throw new Error(`no token for ${email}`)
      return token
    })
    // A failed login is not kept: the next call tries again.
    token.catch(() => byEmail.delete(email))
    byEmail.set(email, token)
  }
  return token
}

/** Forgets an account's session (after its password or e-mail was changed): the next call logs in again. */
export function forgetLogin(payload: Payload, email: string): void {
  tokens.get(payload)?.delete(email)
}

/** A REST call through Payload's own request handler (what the Next route does); the raw Response. */
export async function restRequest(payload: Payload, { method = 'GET', path, login, body, contentType }: RestRequest): Promise<Response> {
  const headers = new Headers()
  if (login) headers.set('Authorization', `JWT ${await tokenFor(payload, login)}`)
  if (contentType) headers.set('Content-Type', contentType)
  return handleEndpoints({ config: payload.config, request: new Request(`http://localhost:3000/api${path}`, { method, headers, body }) })
}

/**
 * A REST call with a JSON body (when there is one). Returns the status and the body (JSON when it is JSON, else
 * raw bytes).
 */
export async function restCall(
  payload: Payload,
  args: { method?: string; path: string; login?: Account; body?: unknown },
): Promise<{ status: number; json: Record<string, unknown>; bytes: Buffer; contentType: string }> {
  const response = await restRequest(payload, {
    method: args.method,
    path: args.path,
    login: args.login,
    body: args.body === undefined ? undefined : JSON.stringify(args.body),
    contentType: 'application/json',
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  const contentType = response.headers.get('content-type') ?? ''
  const json = contentType.includes('json') ? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>) : {}
  return { status: response.status, json, bytes, contentType }
}
