// Runs before each unit/integration file (jest `setupFiles`): the files of one jest worker run one after the other,
// those of two workers side by side, each on its own SQLite file. Uploads and generated documents (src/lib/paths.ts)
// go to the worker's own folder, so that two files never write the same document name at the same time.
// CommonJS on purpose: jest loads setup files itself, before the test file's own imports.
const os = require('node:os')
const path = require('node:path')

if (!process.env.MEDIA_DIR) process.env.MEDIA_DIR = path.join(os.tmpdir(), `essaim-media-worker-${process.env.JEST_WORKER_ID ?? '1'}`)
