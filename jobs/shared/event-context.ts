import type { Payload } from 'payload'
import type { Queues } from '../plumbing/queues'

/** What an event handler works with: the Payload instance and the producer queues. */
export interface EventContext {
  payload: Payload
  queues: Queues
}
