/** Accounts: the welcome mail with the link to choose a password. */
import { formatDate, quote } from '../format'
import { PROGRAMME_TITLE } from '../phrases'
import { facts, note, p, template } from '../template'
import type { Template } from '../template'
import type { NotificationKind } from '../types'

export const accountTemplates = {
  'user.welcome': template({
    required: ['loginEmail', 'link'],
    fr: (c) => ({
      subject: 'Bienvenue sur essaim : votre accès est prêt',
      blocks: [
        p(
          `Un compte vient d’être créé pour vous sur essaim, la plateforme qui accompagne la formation ${quote('fr', PROGRAMME_TITLE)} et le suivi des dossiers de financement OPCO${c.structureName ? `, pour la structure ${c.structureName}` : ''}.`,
        ),
        facts(['Identifiant', c.loginEmail]),
        p('Pour activer votre compte, choisissez votre mot de passe en suivant le lien ci-dessous.'),
        note(
          `Ce lien est personnel : merci de ne pas le transférer.${c.deadline ? ` Il est valable jusqu’au ${formatDate('fr', c.deadline)}.` : ''} Si vous n’attendiez pas ce message, vous pouvez l’ignorer.`,
        ),
      ],
      cta: { label: 'Choisir mon mot de passe', href: c.link },
    }),
    en: (c) => ({
      subject: 'Welcome to essaim: your access is ready',
      blocks: [
        p(
          `An account has just been created for you on essaim, the platform that supports the ${quote('en', PROGRAMME_TITLE)} training and the follow-up of OPCO funding files${c.structureName ? `, for ${c.structureName}` : ''}.`,
        ),
        facts(['Login', c.loginEmail]),
        p('To activate your account, choose your password by following the link below.'),
        note(
          `This link is personal: please do not forward it.${c.deadline ? ` It is valid until ${formatDate('en', c.deadline)}.` : ''} If you were not expecting this message, you can ignore it.`,
        ),
      ],
      cta: { label: 'Choose my password', href: c.link },
    }),
  }),
} satisfies Partial<Record<NotificationKind, Template>>
