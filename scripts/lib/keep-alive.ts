/**
 * Imported first by every command-line script: holds the event loop open while the script awaits modules loaded
 * through tsx's loader. On Node 20 an `import()` answered by the loader's thread does not keep the process alive, so
 * a script whose top-level await waited on one could end on its own, with status 13 and no message (create-admin
 * did, under load, in a clean-clone run; the payload CLI's migrate ended with 0 before migrating). Every script ends
 * itself with `process.exit`, which this timer does not delay.
 */
setInterval(() => undefined, 60_000)
