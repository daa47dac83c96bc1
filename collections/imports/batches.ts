import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { inTransaction } from '../../src/lib/transaction'

/**
 * Lets timers and requests run. The SQLite driver answers synchronously, so a loop of awaited writes never leaves
 * the microtask queue on its own: without this, a long import would freeze the server (and its progress polls)
 * until the end.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Runs `work` over `items`, `size` at a time, each slice in one transaction: SQLite commits once per slice
 * instead of once per document, and other writers get their turn between slices.
 */
export async function inTransactions<T>(
  payload: Payload,
  items: readonly T[],
  size: number,
  work: (item: T, req: PayloadRequest) => Promise<void>,
  context: Record<string, unknown> = {},
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    const req = await createLocalReq({ context: { ...context } }, payload)
    await inTransaction(req, async () => {
      for (const item of items.slice(start, start + size)) await work(item, req)
    })
    await yieldToEventLoop()
  }
}
