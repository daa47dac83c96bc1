/**
 * `npm run backup [-- archive.tar.gz]`: one archive of the SQLite database and the media folder (uploads and
 * generated documents), taken while web and worker run. Default: backups/essaim-<date>.tar.gz.
 * MongoDB deployments: mongodump plus the media volume (docs/operations.md).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { env } from '../src/lib/env'
import { MEDIA_DIR } from '../src/lib/paths'
import { backup } from '../src/ops/backup'

const { positionals } = parseArgs({ allowPositionals: true })
const settings = env()
if (settings.databaseKind !== 'sqlite') {
  console.error('Base MongoDB : utilisez mongodump et sauvegardez le volume media (docs/operations.md) / MongoDB: use mongodump and back up the media volume (docs/operations.md)')
  process.exit(2)
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const archive = positionals[0] ?? path.join('backups', `essaim-${stamp}.tar.gz`)
const manifest = await backup({ databaseFile: path.resolve(settings.databaseUri.replace(/^file:/, '')), mediaDir: MEDIA_DIR }, archive)
console.log(`Sauvegarde écrite / backup written: ${archive} (base + ${manifest.mediaFiles} fichiers média / media files)`)
