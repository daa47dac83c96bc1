/** Billing and closing: invoices to the OPCO and to the structure, payment, rejection, and the final report. */
import { capitalize, formatAmount, formatDate } from '../format'
import { capOpco, cta, fileFacts, label, ofOpco, opcoName, training, trainingShort } from '../phrases'
import { facts, list, note, p, strong, template } from '../template'
import type { Template } from '../template'
import type { Lang, MailContext, NotificationKind } from '../types'

/** Invoice number and amount, when known. */
function invoiceFacts(lang: Lang, c: MailContext) {
  return facts(
    [label(lang, 'file'), c.fileRef],
    [label(lang, 'structure'), c.structureName],
    [label(lang, 'invoice'), c.invoiceRef],
    [label(lang, 'amount'), c.invoiceAmount !== undefined && formatAmount(lang, c.invoiceAmount)],
  )
}

/** « la facture F-2026-031 », « the invoice F-2026-031 » or a generic phrase. */
function theInvoice(lang: Lang, c: MailContext): string {
  if (lang === 'fr') return c.invoiceRef ? `la facture ${c.invoiceRef}` : 'la facture'
  return c.invoiceRef ? `invoice ${c.invoiceRef}` : 'the invoice'
}

/** Why OPCOs reject invoices, said once for the rejection and its reminder. */
function rejectionCauses(lang: Lang) {
  return lang === 'fr'
    ? note(
        'Les rejets portent le plus souvent sur une pièce justificative manquante (certificat de réalisation, feuille d’émargement) ou sur un écart entre les heures facturées et les heures réellement suivies.',
      )
    : note(
        'Rejections are most often about a missing supporting document (certificate of completion, attendance sheet) or a gap between the hours invoiced and the hours actually attended.',
      )
}

export const billingTemplates = {
  'billing.invoice_now': template({
    // No agreed amount for a self-funded training (refused → self_funded): the structure pays it all.
    required: ['structureName', 'fileRef', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : les preuves sont complètes, vous pouvez facturer`,
      blocks: [
        p(
          `Les preuves de réalisation du dossier ${c.fileRef} (${c.structureName}) sont complètes : feuilles d’émargement signées et contresignées, heures calculées, certificats de réalisation signés.`,
        ),
        p('Vous pouvez établir les factures :'),
        c.agreedAmount === undefined
          ? p('Sans accord de prise en charge, la formation est facturée en totalité à la structure.')
          : list([
              `à ${opcoName('fr', c)}, par subrogation : le montant accordé au prorata des heures suivies, soit ${formatAmount('fr', c.agreedAmount)} au plus ;`,
              `à la structure : le reste à charge${c.remainder !== undefined ? ` (${formatAmount('fr', c.remainder)})` : ''} et, le cas échéant, les heures d’absence non prises en charge.`,
            ]),
        fileFacts('fr', c),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: evidence complete, you can invoice`,
      blocks: [
        p(
          `The evidence of completion for file ${c.fileRef} (${c.structureName}) is complete: attendance sheets signed and countersigned, hours computed, certificates of completion signed.`,
        ),
        p('You can now issue the invoices:'),
        c.agreedAmount === undefined
          ? p('With no funding agreement, the whole training is invoiced to the organisation.')
          : list([
              `to ${opcoName('en', c)}, under subrogation: the agreed amount pro rata to the hours attended, at most ${formatAmount('en', c.agreedAmount)};`,
              `to the organisation: the remainder${c.remainder !== undefined ? ` (${formatAmount('en', c.remainder)})` : ''} and, where applicable, the hours of absence not funded.`,
            ]),
        fileFacts('en', c),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'billing.invoice_reminder': template({
    required: ['structureName', 'fileRef', 'link'],
    fr: (c) => ({
      subject: `Rappel : factures du dossier ${c.fileRef} à établir`,
      blocks: [
        p(
          `Les preuves de réalisation du dossier ${c.fileRef} (${c.structureName}) sont complètes depuis plusieurs jours, mais aucune facture n’est encore enregistrée.`,
        ),
        p(
          'Pensez à facturer l’OPCO rapidement : certains OPCO limitent le délai de présentation des factures après la fin de la formation.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Reminder: invoices to issue for file ${c.fileRef}`,
      blocks: [
        p(
          `The evidence of completion for file ${c.fileRef} (${c.structureName}) has been complete for several days, but no invoice has been recorded yet.`,
        ),
        p(
          'Remember to invoice the OPCO soon: some OPCOs limit how long after the training an invoice can be submitted.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'billing.remainder_invoice': template({
    required: ['fileRef', 'remainder', 'link'],
    fr: (c) => ({
      subject: `Facture du reste à charge : ${trainingShort('fr', c)} (${formatAmount('fr', c.remainder)})`,
      blocks: [
        p(
          `Vous trouverez dans essaim ${theInvoice('fr', c)} correspondant au reste à charge de ${training('fr', c)} (dossier ${c.fileRef}), d’un montant de `,
          strong(formatAmount('fr', c.remainder)),
          '.',
        ),
        p(
          `Elle couvre la part non prise en charge par ${opcoName('fr', c)} : l’écart entre le montant demandé et le montant accordé et, le cas échéant, les heures d’absence.`,
        ),
        c.deadline && p(`Merci de procéder au règlement avant le ${formatDate('fr', c.deadline)}.`),
      ],
      cta: { label: 'Voir la facture', href: c.link },
    }),
    en: (c) => ({
      subject: `Remainder invoice: ${trainingShort('en', c)} (${formatAmount('en', c.remainder)})`,
      blocks: [
        p(
          `In essaim you will find ${theInvoice('en', c)} for the remainder of ${training('en', c)} (file ${c.fileRef}), amounting to `,
          strong(formatAmount('en', c.remainder)),
          '.',
        ),
        p(
          `It covers the part not funded by ${opcoName('en', c)}: the gap between the amount requested and the amount agreed and, where applicable, the hours of absence.`,
        ),
        c.deadline && p(`Please pay it by ${formatDate('en', c.deadline)}.`),
      ],
      cta: { label: 'View the invoice', href: c.link },
    }),
  }),

  'billing.payment_followup': template({
    required: ['fileRef', 'link'],
    fr: (c) => ({
      subject: `Suivi de paiement : ${theInvoice('fr', c)} du dossier ${c.fileRef}`,
      blocks: [
        p(`${capitalize(theInvoice('fr', c))} du dossier ${c.fileRef} n’est pas encore marquée comme réglée.`),
        invoiceFacts('fr', c),
        p(
          `Pensez à vérifier le paiement auprès ${ofOpco('fr', c)} ou de la structure, puis à l’enregistrer dans essaim.`,
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Payment follow-up: ${theInvoice('en', c)} for file ${c.fileRef}`,
      blocks: [
        p(`${capitalize(theInvoice('en', c))} for file ${c.fileRef} has not been marked as paid yet.`),
        invoiceFacts('en', c),
        p(`Please check the payment with ${opcoName('en', c)} or the organisation, then record it in essaim.`),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'billing.rejected': template({
    required: ['fileRef', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : ${opcoName('fr', c)} a rejeté la facture`,
      blocks: [
        p(`${capOpco('fr', c)} a rejeté ${theInvoice('fr', c)} du dossier ${c.fileRef}.`),
        c.reason && p('Motif indiqué : ', strong(c.reason)),
        rejectionCauses('fr'),
        p(
          'Une facture corrigée, accompagnée des justificatifs, doit être transmise rapidement pour que le paiement ne soit pas retardé.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: ${opcoName('en', c)} rejected the invoice`,
      blocks: [
        p(`${capOpco('en', c)} has rejected ${theInvoice('en', c)} for file ${c.fileRef}.`),
        c.reason && p('Reason given: ', strong(c.reason)),
        rejectionCauses('en'),
        p('A corrected invoice, with the supporting documents, should be sent quickly so that payment is not delayed.'),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'billing.rejected_fix': template({
    required: ['fileRef', 'link'],
    fr: (c) => ({
      subject: `Rappel : facture rejetée du dossier ${c.fileRef} à corriger`,
      blocks: [
        p(
          `${capitalize(theInvoice('fr', c))} du dossier ${c.fileRef}, rejetée par ${opcoName('fr', c)}, n’a pas encore été corrigée.`,
        ),
        c.reason && p('Motif du rejet : ', strong(c.reason)),
        rejectionCauses('fr'),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Reminder: rejected invoice for file ${c.fileRef} to correct`,
      blocks: [
        p(
          `${capitalize(theInvoice('en', c))} for file ${c.fileRef}, rejected by ${opcoName('en', c)}, has not been corrected yet.`,
        ),
        c.reason && p('Reason for rejection: ', strong(c.reason)),
        rejectionCauses('en'),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'billing.paid': template({
    required: ['fileRef', 'link'],
    fr: (c) => ({
      subject: `Paiement reçu : dossier ${c.fileRef}`,
      blocks: [
        p(
          `Nous avons bien reçu votre règlement${c.invoiceAmount !== undefined ? ` de ${formatAmount('fr', c.invoiceAmount)}` : ''} pour ${theInvoice('fr', c)} du dossier ${c.fileRef}. Merci !`,
        ),
        p('La facturation de ce dossier est soldée de votre côté.'),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Payment received: file ${c.fileRef}`,
      blocks: [
        p(
          `We have received your payment${c.invoiceAmount !== undefined ? ` of ${formatAmount('en', c.invoiceAmount)}` : ''} for ${theInvoice('en', c)} on file ${c.fileRef}. Thank you!`,
        ),
        p('Invoicing for this file is settled on your side.'),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.report_ready': template({
    required: ['structureName', 'link'],
    fr: (c) =>
      c.recipientRole === 'editors'
        ? {
            subject: `Témoignages à valoriser : ${trainingShort('fr', c)} (${c.structureName})`,
            blocks: [
              p(
                `Le rapport de ${training('fr', c)} suivie par la structure ${c.structureName} est prêt. Des participants ont accepté que leurs appréciations soient publiées : elles vous sont proposées comme témoignages possibles.`,
              ),
              p(
                'Merci de les relire et de les mettre en forme ; seuls les témoignages dont le consentement est enregistré peuvent être publiés.',
              ),
            ],
            cta: { label: 'Voir les témoignages proposés', href: c.link },
          }
        : {
            subject: `Rapport disponible : ${trainingShort('fr', c)} (${c.structureName})`,
            blocks: [
              p(
                `Le rapport de ${training('fr', c)} suivie par la structure ${c.structureName} est disponible${c.fileRef ? ` (dossier ${c.fileRef})` : ''}.`,
              ),
              p(
                'Il présente la participation, la diversité des fonctions représentées, les résultats des questionnaires à chaud et à froid, les appréciations des participants et de la direction, ainsi que les suites proposées.',
              ),
            ],
            cta: { label: 'Consulter le rapport', href: c.link },
          },
    en: (c) =>
      c.recipientRole === 'editors'
        ? {
            subject: `Testimonies to feature: ${trainingShort('en', c)} (${c.structureName})`,
            blocks: [
              p(
                `The report on ${training('en', c)} attended by ${c.structureName} is ready. Some participants agreed that their feedback may be published: it is offered to you as possible testimonies.`,
              ),
              p('Please review and edit them; only testimonies with a recorded consent may be published.'),
            ],
            cta: { label: 'See the suggested testimonies', href: c.link },
          }
        : {
            subject: `Report available: ${trainingShort('en', c)} (${c.structureName})`,
            blocks: [
              p(
                `The report on ${training('en', c)} attended by ${c.structureName} is available${c.fileRef ? ` (file ${c.fileRef})` : ''}.`,
              ),
              p(
                'It presents attendance, the mix of job roles, the results of the end-of-training and follow-up questionnaires, the feedback of participants and management, and the suggested next steps.',
              ),
            ],
            cta: { label: 'Read the report', href: c.link },
          },
  }),
} satisfies Partial<Record<NotificationKind, Template>>
