import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The cached Payload instance of the Next process (getPayload memoises it). */
export const pagePayload = (): Promise<Payload> => getPayload({ config })
