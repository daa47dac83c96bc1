import { handleEndpoints, type Payload } from 'payload'

/**
 * A REST call through Payload's own request handler (what the Next route does), signed in with the given
 * credentials when there are some. Returns the status and the body (JSON when it is JSON, else raw bytes).
 */
export async function restCall(
  payload: Payload,
  args: { method?: string; path: string; login?: { email: string; password: string }; body?: unknown },
): Promise<{ status: number; json: Record<string, unknown>; bytes: Buffer; contentType: string }> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (args.login) {
    const { token } = await payload.login({ collection: 'users', data: args.login })
    headers.set('Authorization', `JWT ${token}`)
  }
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost:3000/api${args.path}`, {
      method: args.method ?? 'GET',
      headers,
      body: args.body === undefined ? undefined : JSON.stringify(args.body),
    }),
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  const contentType = response.headers.get('content-type') ?? ''
  const json = contentType.includes('json') ? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>) : {}
  return { status: response.status, json, bytes, contentType }
}
