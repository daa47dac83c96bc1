/** What `npm run federation:create` accepts and prints (scripts/federation-create.ts). */
import type { OnboardingResult } from '../../src/federations/onboard'

/** Every option is a string; each but --structures is a field of onboardingInput, in kebab case. */
export const OPTIONS = {
  name: { type: 'string' },
  territory: { type: 'string' },
  phase: { type: 'string' },
  'network-name': { type: 'string' },
  'network-label': { type: 'string' },
  'coordinator-name': { type: 'string' },
  'coordinator-email': { type: 'string' },
  'coordinator-language': { type: 'string' },
  template: { type: 'string' },
  region: { type: 'string' },
  'campaign-start': { type: 'string' },
  structures: { type: 'string' },
} as const

export const USAGE = [
  'Usage : npm run federation:create -- --name "FAS Auvergne-Rhône-Alpes" --coordinator-email lea@example.org --coordinator-name "Léa Martin"',
  '  [--territory "Auvergne-Rhône-Alpes"] [--phase experimentation|pilot|regional] [--network-name Hub] [--network-label "…"]',
  '  [--coordinator-language fr|en] [--template <id ou slug de campagne / campaign id or slug> --region ara [--campaign-start AAAA-MM-JJ]]',
  '  [--structures structures.csv|structures.xlsx]',
].join('\n')

/** The option a field of onboardingInput comes from: coordinatorEmail → --coordinator-email. */
export const optionOf = (path: readonly (string | number)[]): string =>
  path.length === 0 ? 'arguments' : `--${String(path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/** What was created, one line each, with the admin page of each document. */
export function describeOnboarding(result: OnboardingResult, serverUrl: string): string {
  const page = (collection: string, id: string) => `${serverUrl}/admin/collections/${collection}/${id}`
  const { federation, coordinator, campaign, structures, invitation } = result
  return [
    `Fédération créée / federation created: ${federation.name} (${federation.slug}) → ${page('federations', federation.id)}`,
    `Coordinateur / coordinator: ${coordinator.name} <${coordinator.email}> → ${page('users', coordinator.id)}`,
    campaign
      ? `Campagne / campaign: ${campaign.title} (copiée de / copied from « ${campaign.templateTitle} ») → ${page('campaigns', campaign.id)}`
      : 'Campagne / campaign: aucune (pas de --template) / none (no --template)',
    `Structures importées / structures imported: ${structures.created}`,
    `Invitation (${invitation.email}): en file d’envoi, le worker envoie le courriel de bienvenue avec le lien pour choisir un mot de passe / queued, the worker sends the welcome mail with the link to choose a password`,
  ].join('\n')
}
