import { commitTransaction, type CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's forgot-password opens a transaction, then reserves the request (`resetPasswordRequestedAt`, its
 * anti-flood interval) OUTSIDE that transaction. On SQLite a transaction holds the one write lock from BEGIN, so the
 * reservation waited for its own operation: every REST or GraphQL forgot-password failed with "database is locked".
 * Nothing has been written yet when this hook runs: the empty transaction is ended here, the reservation and the
 * token are then written each in a short transaction of their own, and the mail goes out with no lock held.
 * Local API callers may pass a `req` whose transaction is theirs: it is left alone (the product calls it with
 * `disableEmail`, which skips the reservation).
 */
export const forgotPasswordOutsideTransaction: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword' || req.payloadAPI === 'local') return args
  if (req.transactionID) await commitTransaction(req)
  return args
}
