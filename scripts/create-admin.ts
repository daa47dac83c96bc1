/**
 * `npm run create-admin -- --email alice@example.org --name "Alice Martin" [--language fr|en]`
 * The first administrator of a new deployment (production has no demo account). The account gets a random password
 * nobody knows; the welcome mail (sent by the worker) carries a link to choose one, valid a week. `--print-link`
 * prints that link here instead of mailing it, for a deployment whose SMTP relay is not ready yet.
 * Exit code: 0 created, 1 refused (what is wrong is printed, nothing is stored).
 */
import './lib/keep-alive'
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { openPayload } from './lib/open-payload'

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, language: { type: 'string', default: 'fr' }, 'print-link': { type: 'boolean', default: false } },
})
const email = values.email?.trim().toLowerCase() ?? ''
const name = values.name?.trim() ?? ''
const language = values.language === 'en' ? 'en' : 'fr'
const problems = [
  !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && '--email : adresse e-mail attendue / an e-mail address is expected',
  !name && '--name : le nom est obligatoire / the name is required',
].filter(Boolean)
if (problems.length) {
  console.error(`${problems.join('\n')}\nUsage : npm run create-admin -- --email alice@example.org --name "Alice Martin" [--language fr|en] [--print-link]`)
  process.exit(1)
}

const payload = await openPayload()
const existing = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
if (existing.totalDocs > 0) {
  console.error(`Un compte existe déjà pour ${email} / an account already exists for ${email}: nothing changed`)
  process.exit(1)
}
await payload.create({
  collection: 'users',
  overrideAccess: true,
  // A printed link replaces the welcome mail (a second token would void the first).
  context: { skipWelcomeMail: values['print-link'] },
  data: { email, name, role: 'admin', language, password: randomBytes(24).toString('base64url') },
})
console.log(`Administrateur créé / administrator created: ${email}.`)
if (!values['print-link']) {
  console.log('Le courriel de bienvenue porte le lien pour choisir un mot de passe / the welcome mail carries the link to choose a password.')
} else {
  const { welcomeLink } = await import('../jobs/shared/welcome-link')
  const { link, deadline } = await welcomeLink(payload, email)
  console.log(`Lien / link (valable jusqu'au / valid until ${deadline.toISOString()}): ${link}`)
}
await payload.destroy()
process.exit(0)
