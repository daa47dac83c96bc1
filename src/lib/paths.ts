import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Where uploads and generated documents go unless MEDIA_DIR says otherwise: compose mounts one volume here. */
export const DEFAULT_MEDIA_DIR = path.join(root, 'data', 'media')

/**
 * Uploaded files and every generated document live here (git-ignored). MEDIA_DIR moves them (a disk of their
 * own); the tests give each jest worker its own folder, so that two files generating `DF-…-v1.pdf` side by side
 * never write the same file.
 */
export const MEDIA_DIR = process.env.MEDIA_DIR ? path.resolve(process.env.MEDIA_DIR) : DEFAULT_MEDIA_DIR
