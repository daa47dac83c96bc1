/** Roll-out campaigns (kit, facilitators' worklist), the national programme's changes, and operations (failed deliveries digest). */
import { capitalize, formatDate, plural, quote } from '../format'
import { kindLabel } from '../labels'
import { PROGRAMME_TITLE } from '../phrases'
import { list, note, p, template } from '../template'
import type { Template } from '../template'
import type { Lang, MailContext, ModuleChange, NotificationKind } from '../types'

const DEFAULT_KIT: Record<Lang, string[]> = {
  fr: [
    'la présentation de la formation et de ses objectifs ;',
    'la procédure de demande de financement auprès de votre OPCO, pas à pas ;',
    'les modèles de documents : devis, convention de formation, liste des participants.',
  ],
  en: [
    'a presentation of the training and its objectives;',
    'the step-by-step procedure to request funding from your OPCO;',
    'document templates: quote, training agreement, list of participants.',
  ],
}

/** A failed delivery, named with the kind's label when it is a known kind. */
function failureLine(lang: Lang, f: { kind: string; recipient: string; error: string }): string {
  return `${kindLabel(f.kind, lang)} – ${f.recipient} – ${f.error}`
}

/** One module the edition took from the template: added, lengthened (with its minutes) or protected again. */
function moduleChangeLine(lang: Lang, m: ModuleChange): string {
  const name = quote(lang, m.module)
  if (m.change === 'added') return lang === 'fr' ? `module ${name} ajouté (protégé)` : `module ${name} added (protected)`
  if (m.change === 'protected') return lang === 'fr' ? `module ${name} de nouveau protégé` : `module ${name} protected again`
  return lang === 'fr' ? `module ${name} allongé : ${m.from} → ${m.to} min` : `module ${name} lengthened: ${m.from} → ${m.to} min`
}

const whatFr = (n: number): string =>
  plural('fr', n, 'un message n’a pas pu être envoyé', `${n} messages n’ont pas pu être envoyés`)
const whatEn = (n: number): string =>
  plural('en', n, 'one message could not be sent', `${n} messages could not be sent`)

/** The federation's mediation network as the kit names it (ERIC in PACA, a hub elsewhere); a generic phrase without one. */
const networkFr = (c: Pick<MailContext, 'networkName' | 'networkLabel'>): string =>
  c.networkName ? `du réseau ${c.networkName}${c.networkLabel ? ` (${c.networkLabel})` : ''}` : 'des espaces de médiation numérique'
const networkEn = (c: Pick<MailContext, 'networkName' | 'networkLabel'>): string =>
  c.networkName ? `the nearby ${c.networkName} network${c.networkLabel ? ` (${c.networkLabel})` : ''}` : 'nearby digital-mediation spaces'

export const campaignTemplates = {
  'campaign.kit': template({
    required: ['campaignName', 'link'],
    fr: (c) => ({
      subject: `${c.campaignName} : la formation ${quote('fr', PROGRAMME_TITLE)} pour vos équipes`,
      blocks: [
        p(
          `Dans le cadre de la campagne ${quote('fr', c.campaignName)}, ${c.organisationName ?? 'la Fédération des acteurs de la solidarité'} propose ${c.structureName ? `à la structure ${c.structureName}` : 'à votre structure'} la formation ${quote('fr', PROGRAMME_TITLE)} : trois jours (21 heures) pour toute l’équipe, de la direction aux fonctions techniques, animés par les médiateurs numériques ${networkFr(c)} proches de chez vous.`,
        ),
        p('Le kit de présentation contient :'),
        list(c.documents ?? DEFAULT_KIT.fr),
        p(
          'La formation peut être prise en charge par votre OPCO (OPCO Santé ou Uniformation – Cohésion sociale, selon votre convention collective). Nous vous accompagnons à chaque étape du dossier.',
        ),
        c.unsubscribeLink && note(`Vous ne souhaitez plus recevoir nos campagnes ? Désabonnez-vous ici : ${c.unsubscribeLink}`),
      ],
      cta: { label: 'Découvrir le kit', href: c.link },
    }),
    en: (c) => ({
      subject: `${c.campaignName}: the ${quote('en', PROGRAMME_TITLE)} training for your staff`,
      blocks: [
        p(
          `As part of the ${quote('en', c.campaignName)} campaign, ${c.organisationName ?? 'the Fédération des acteurs de la solidarité'} offers ${c.structureName ?? 'your organisation'} the ${quote('en', PROGRAMME_TITLE)} training: three days (21 hours) for the whole team, from management to technical staff, led by the digital facilitators of ${networkEn(c)}.`,
        ),
        p('The presentation kit contains:'),
        list(c.documents ?? DEFAULT_KIT.en),
        p(
          'The training can be funded by your OPCO (OPCO Santé or Uniformation – Cohésion sociale, depending on your collective agreement). We support you at every step of the file.',
        ),
        c.unsubscribeLink && note(`No longer wish to receive our campaigns? Unsubscribe here: ${c.unsubscribeLink}`),
      ],
      cta: { label: 'Explore the kit', href: c.link },
    }),
  }),

  'campaign.worklist_nudge': template({
    required: ['campaignName', 'structureNames', 'link'],
    fr: (c) => ({
      subject: `${c.campaignName} : ${c.structureNames.length} ${plural('fr', c.structureNames.length, 'structure attend', 'structures attendent')} votre contact`,
      blocks: [
        p(
          `Dans votre liste de structures à accompagner pour la campagne ${quote('fr', c.campaignName)}, ${plural('fr', c.structureNames.length, 'celle-ci n’a pas évolué', 'celles-ci n’ont pas évolué')} depuis ${c.untouchedDays !== undefined ? `${c.untouchedDays} jours` : 'un mois'} :`,
        ),
        list(c.structureNames),
        p(
          'Un appel ou une visite suffit souvent à relancer la démarche. Pensez ensuite à mettre à jour leur statut : à contacter, présentée, engagée, formée.',
        ),
      ],
      cta: { label: 'Ouvrir ma liste', href: c.link },
    }),
    en: (c) => ({
      subject: `${c.campaignName}: ${c.structureNames.length} ${plural('en', c.structureNames.length, 'organisation is', 'organisations are')} waiting to hear from you`,
      blocks: [
        p(
          `In your list of organisations to support for the ${quote('en', c.campaignName)} campaign, ${plural('en', c.structureNames.length, 'this one has', 'these have')} not moved for ${c.untouchedDays !== undefined ? `${c.untouchedDays} days` : 'a month'}:`,
        ),
        list(c.structureNames),
        p(
          'A phone call or a visit is often enough to get things going again. Then remember to update their status: to approach, presented, engaged, trained.',
        ),
      ],
      cta: { label: 'Open my list', href: c.link },
    }),
  }),

  'ops.failure_digest': template({
    required: ['failures', 'link'],
    fr: (c) => ({
      subject: `essaim${c.federationName ? ` · ${c.federationName}` : ''} : ${c.failures.length} ${plural('fr', c.failures.length, 'message non distribué', 'messages non distribués')}`,
      blocks: [
        p(
          `${c.since ? `Depuis le ${formatDate('fr', c.since)}, ${whatFr(c.failures.length)}` : capitalize(whatFr(c.failures.length))} malgré plusieurs tentatives :`,
        ),
        list(c.failures.map((f) => failureLine('fr', f))),
        p(
          'Selon l’erreur, vérifiez l’adresse du destinataire ou la disponibilité du serveur d’envoi. Ces échecs figurent dans le journal des notifications et dans l’historique de chaque dossier concerné.',
        ),
      ],
      cta: { label: 'Ouvrir le journal des notifications', href: c.link },
    }),
    en: (c) => ({
      subject: `essaim${c.federationName ? ` · ${c.federationName}` : ''}: ${c.failures.length} ${plural('en', c.failures.length, 'message', 'messages')} not delivered`,
      blocks: [
        p(
          `${c.since ? `Since ${formatDate('en', c.since)}, ${whatEn(c.failures.length)}` : capitalize(whatEn(c.failures.length))} despite several attempts:`,
        ),
        list(c.failures.map((f) => failureLine('en', f))),
        p(
          'Depending on the error, check the recipient’s address or the availability of the mail server. These failures are listed in the notification log and on the timeline of each file concerned.',
        ),
      ],
      cta: { label: 'Open the notification log', href: c.link },
    }),
  }),

  'programme.template_followed': template({
    required: ['programmeTitle', 'templateTitle', 'moduleChanges', 'link'],
    fr: (c) => ({
      subject: `Programme national : votre édition ${quote('fr', c.programmeTitle)} a été mise à jour`,
      blocks: [
        p(
          `La coordination nationale a publié une nouvelle version du programme ${quote('fr', c.templateTitle)}. Ses modules protégés s’appliquent à chaque édition : la vôtre a été mise à jour en conséquence.`,
        ),
        list(c.moduleChanges.map((m) => moduleChangeLine('fr', m))),
        p('Le reste de votre édition (vos modules, leur ordre, vos textes) n’a pas changé. Relisez-la avant vos prochaines sessions.'),
      ],
      cta: { label: 'Ouvrir votre édition', href: c.link },
    }),
    en: (c) => ({
      subject: `National programme: your edition ${quote('en', c.programmeTitle)} was updated`,
      blocks: [
        p(
          `The national coordination published a new version of the ${quote('en', c.templateTitle)} programme. Its protected modules apply to every edition: yours was updated accordingly.`,
        ),
        list(c.moduleChanges.map((m) => moduleChangeLine('en', m))),
        p('The rest of your edition (your modules, their order, your texts) is unchanged. Read it again before your next sessions.'),
      ],
      cta: { label: 'Open your edition', href: c.link },
    }),
  }),
} satisfies Partial<Record<NotificationKind, Template>>
