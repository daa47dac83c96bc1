/**
 * `npm run restore -- archive.tar.gz [--force]`: puts a backup back (database and media). Stop web and worker first:
 * the command refuses while a worker has beaten in the last 45 s on this QUEUE_PREFIX (--force skips that check).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { env } from '../src/lib/env'
import { MEDIA_DIR } from '../src/lib/paths'
import { createRedisConnection, redisAnswers } from '../src/lib/redis'
import { restore } from '../src/ops/backup'
import { HEARTBEAT_STALE_MS, lastHeartbeat } from '../src/ops/heartbeat'

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } })
const archive = positionals[0]
const settings = env()
if (!archive) {
  console.error('Usage : npm run restore -- sauvegarde.tar.gz [--force]')
  process.exit(2)
}
if (settings.databaseKind !== 'sqlite') {
  console.error('Base MongoDB : utilisez mongorestore et le volume media (docs/operations.md) / MongoDB: use mongorestore and the media volume (docs/operations.md)')
  process.exit(2)
}
if (!values.force && (await redisAnswers(settings.redisUrl))) {
  const connection = createRedisConnection('producer')
  await new Promise((resolve) => connection.once('ready', resolve))
  const last = await lastHeartbeat(connection, settings.queuePrefix)
  connection.disconnect()
  if (last !== undefined && Date.now() - last < HEARTBEAT_STALE_MS) {
    console.error('Un worker tourne encore : arrêtez le web et le worker avant de restaurer (ou --force) / a worker is still running: stop web and worker before restoring (or --force)')
    process.exit(1)
  }
}
try {
  const manifest = restore({ databaseFile: path.resolve(settings.databaseUri.replace(/^file:/, '')), mediaDir: MEDIA_DIR }, archive)
  console.log(`Restauré / restored: sauvegarde du / backup of ${manifest.createdAt} (${manifest.mediaFiles} fichiers média / media files)`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
