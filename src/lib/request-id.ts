/**
 * The correlation id of a request: what follows one move from the click to the mail (outbox event, job data,
 * delivery row, the mail's header, every log line on the way). No Node import here: Next's proxy uses it too.
 */
export const REQUEST_ID_HEADER = 'x-request-id'
/** The mail header that carries it (a reply or a bounce quotes it back). */
export const CORRELATION_MAIL_HEADER = 'X-Essaim-Correlation-Id'

/**
 * An id taken from outside (a load balancer's or a client's X-Request-Id) must stay one harmless token: it ends
 * up in log lines, database rows and mail headers, so no spaces, no line breaks, no quotes, at most 128 characters.
 */
const VALID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/

export function validRequestId(value: unknown): string | undefined {
  return typeof value === 'string' && VALID.test(value) ? value : undefined
}

/** A fresh id (a UUID: Web Crypto, present in Node and in the edge runtime alike). */
export function newRequestId(): string {
  return globalThis.crypto.randomUUID()
}

/** The incoming id when it is a valid one, else a fresh one. */
export function requestIdOf(headers: Headers): string {
  return validRequestId(headers.get(REQUEST_ID_HEADER)) ?? newRequestId()
}
