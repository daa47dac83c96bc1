import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { recordHttp } from '../../../../ops/metrics'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Every API answer is counted by route and status for /api/metrics (src/ops/metrics.ts). */
const counted =
  (handler: Handler): Handler =>
  async (request, context) => {
    const response = await handler(request, context)
    recordHttp(request.method, request.url, response.status)
    return response
  }

export const GET = counted(REST_GET(config))
export const POST = counted(REST_POST(config))
export const DELETE = counted(REST_DELETE(config))
export const PATCH = counted(REST_PATCH(config))
export const PUT = counted(REST_PUT(config))
export const OPTIONS = counted(REST_OPTIONS(config))
