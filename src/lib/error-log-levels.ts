import type { AfterErrorHook, Config } from 'payload'

/**
 * A refusal (4xx) is the product working, not an error: Payload logs the errors it routes at the level named here
 * (by the error's class), and `APIError`, the class of every refusal the product raises, is logged by the hook
 * below instead, by its status. Payload's own classes that only ever answer 4xx are information.
 */
export const LOGGING_LEVELS: NonNullable<Config['loggingLevels']> = {
  APIError: false,
  AuthenticationError: 'info',
  LockedAuth: 'info',
  QueryError: 'info',
  UnverifiedEmail: 'info',
}

const statusOf = (error: unknown): number => {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : 500
}

/** Logs an APIError as what it is: an error when it answers 5xx, information when it refuses (4xx). */
export const logApiErrorByStatus: AfterErrorHook = ({ error, req }) => {
  if (error?.name !== 'APIError') return
  const status = statusOf(error)
  if (status >= 500) req.payload.logger.error({ err: error, status })
  else req.payload.logger.info({ msg: error.message, status })
}
