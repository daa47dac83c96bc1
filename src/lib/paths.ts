import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Uploaded files and every generated document live here (git-ignored); compose mounts one volume at it. */
export const MEDIA_DIR = path.join(root, 'data', 'media')
