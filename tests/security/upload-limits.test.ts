import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { MAX_UPLOAD_BYTES, UPLOAD_LIMITS, tooLargeMessage, uploadLimitDescription } from '../../src/lib/upload-limits'
import { bootPayload } from '../helpers/boot'
import { restRequest, type Account } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

/** Every upload collection has a size limit, says it in the admin, and refuses a larger file with a clear 413. */
let payload: Payload
const editor: Account = { email: 'editor-uploads@example.org', password: 'editor-uploads-2026' }

const png = (width: number) => sharp({ create: { width, height: width, channels: 3, background: '#3a7' } }).png().toBuffer()

async function upload(bytes: Uint8Array, filename: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify({ alt: 'Un essai', audience: 'public' }))
  const response = await restRequest(payload, { method: 'POST', path: '/media', login: editor, body: form })
  return { status: response.status, json: (await response.json()) as { message?: string; code?: string; errors?: { message: string }[] } }
}

const mediaCount = async () => (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: { ...editor, name: 'Éditrice', role: 'editor', language: 'fr' } as never,
  })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('upload size limits', () => {
  it('gives every upload collection a limit, stated in its admin description, within what Next buffers', () => {
    const uploadSlugs = payload.config.collections.filter((c) => c.upload).map((c) => c.slug)
    expect(uploadSlugs.length).toBeGreaterThan(0)
    expect(Object.keys(UPLOAD_LIMITS).sort()).toEqual(uploadSlugs.sort())
    for (const slug of uploadSlugs) {
      const limit = UPLOAD_LIMITS[slug as keyof typeof UPLOAD_LIMITS]
      expect(payload.collections[slug as CollectionSlug].config.admin.description).toEqual(uploadLimitDescription(limit))
      expect(limit).toBeLessThanOrEqual(10 * 1024 * 1024)
    }
    expect(uploadLimitDescription(UPLOAD_LIMITS.media)).toEqual({ fr: 'Fichiers de 8 Mo au plus.', en: 'Files up to 8 MB.' })
  })

  it('stores a small image', async () => {
    const before = await mediaCount()
    const { status } = await upload(await png(32), 'petit.png', 'image/png')
    expect(status).toBe(201)
    expect(await mediaCount()).toBe(before + 1)
  })

  it.each([
    ['just over the limit', MAX_UPLOAD_BYTES + 1024],
    ['60 MB', 60 * 1024 * 1024],
  ])('refuses a file %s through REST with 413 and a French and English message; nothing is stored', async (_label, size) => {
    const before = await mediaCount()
    const bytes = new Uint8Array(size)
    bytes.set(await png(8))
    const { status, json } = await upload(bytes, 'enorme.png', 'image/png')
    expect(status).toBe(413)
    expect(json.message).toBe(tooLargeMessage(MAX_UPLOAD_BYTES))
    expect(json.message).toBe('Fichier trop volumineux : 8 Mo au plus / file too large: 8 MB at most')
    expect(json.errors?.[0]?.message).toBe(json.message)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses an oversized file given through the Local API too (the collection’s own limit)', async () => {
    const before = await mediaCount()
    const data = Buffer.alloc(UPLOAD_LIMITS.media + 1)
    await expect(
      payload.create({
        collection: 'media',
        overrideAccess: true,
        data: { alt: 'Trop gros', audience: 'public' },
        file: { data, size: data.length, name: 'trop-gros.png', mimetype: 'image/png' },
      }),
    ).rejects.toMatchObject({ status: 413, message: tooLargeMessage(UPLOAD_LIMITS.media) })
    expect(await mediaCount()).toBe(before)
  })
})
