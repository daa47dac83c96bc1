/** `npm run mailcatcher`: the local SMTP server of the demo; every message lands in data/mail/. */
import path from 'node:path'
import { env } from '../src/lib/env'
import { startMailCatcher } from '../src/lib/mail-catcher'

const settings = env()
const dir = path.resolve(process.env.MAIL_DIR ?? 'data/mail')
const catcher = await startMailCatcher({ port: settings.smtp.port, dir, log: (line) => console.log(line) })
console.log(`Mail catcher on smtp://127.0.0.1:${catcher.port}, messages in ${dir}`)
const stop = () => void catcher.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
