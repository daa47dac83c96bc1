import type { PayloadRequest } from 'payload'
import { isStaff } from '../../../src/access/roles'

/** JSON answers of the import, export and campaign endpoints: one bilingual message and a code. */
export const problem = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  Response.json({ message, code, ...extra }, { status })

export const unauthenticated = () => problem(401, 'unauthenticated', 'Connexion requise / sign-in required')

export const staffRequired = () =>
  problem(403, 'forbidden', 'Réservé aux coordinateurs et administrateurs / coordinators and administrators only')

export const notFound = (what: { fr: string; en: string }) => problem(404, 'not_found', `${what.fr} introuvable / ${what.en} not found`)

/** 401 when signed out, 403 when not staff, undefined when the caller may go on. */
export const refuseUnlessStaff = (req: PayloadRequest): Response | undefined =>
  !req.user ? unauthenticated() : isStaff(req) ? undefined : staffRequired()

/** A CSV download (the file name says what and when). */
export const csvDownload = (csv: string, filename: string) =>
  new Response(csv, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  })

/** Today as YYYY-MM-DD, for file names. */
export const today = (): string => new Date().toISOString().slice(0, 10)
