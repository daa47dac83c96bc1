/** The funding file, from its creation to the OPCO's decision, and its side exits (cancelled, expired). */
import { formatAmount, formatDate } from '../format'
import {
  amountFacts,
  capOpco,
  cta,
  fileFacts,
  ofOpco,
  opcoName,
  partialOptions,
  refusalOptions,
  schedule,
  sessionFacts,
  training,
  when,
} from '../phrases'
import { list, p, strong, template } from '../template'
import type { Template } from '../template'
import type { Lang, MailContext, NotificationKind } from '../types'
import { CHECKLIST_ITEM_LABELS } from '../../workflow/messages'

/** « La demande doit être déposée au plus tard le … », used by the filing reminders. */
function fileBy(lang: Lang, deadline: Date): ReturnType<typeof strong> {
  return strong(formatDate(lang, deadline))
}

/** The workflow sends checklist keys (`devisSigned`…): people read their words; anything else is already words. */
function checklistWords(lang: Lang, items: readonly string[]): string[] {
  return items.map((item) => (Object.hasOwn(CHECKLIST_ITEM_LABELS, item) ? CHECKLIST_ITEM_LABELS[item]![lang] : item))
}

/** For the structure admin: where the OPCO decision goes once it arrives. */
function recordDecision(lang: Lang, c: MailContext) {
  return lang === 'fr'
    ? p(
        `Dès que vous recevez la réponse ${ofOpco(lang, c)} (accord, accord partiel, refus ou demande de pièces complémentaires), enregistrez-la dans essaim en joignant le document reçu : nous prendrons le relais pour la suite.`,
      )
    : p(
        `As soon as you receive ${opcoName(lang, c)}’s answer (agreement, partial agreement, refusal or request for more information), record it in essaim with the document you received: we will take it from there.`,
      )
}

function nextStepsAfterAgreement(lang: Lang) {
  return lang === 'fr'
    ? p(
        'Prochaine étape : les convocations partiront vers les participants 14 jours avant le début de la formation, avec le règlement intérieur, l’adresse du lieu et une invitation de calendrier.',
      )
    : p(
        'Next step: the participants will receive their convocation 14 days before the training starts, with the rules of procedure, the venue’s address and a calendar invitation.',
      )
}

export const fileTemplates = {
  'file.created': template({
    required: ['structureName', 'fileRef', 'link'],
    fr: (c) => ({
      subject: `Nouveau dossier de financement : ${c.structureName} (${c.fileRef})`,
      preheader: `Un dossier de financement OPCO vient d’être ouvert pour ${c.structureName}.`,
      blocks: [
        p(`Un nouveau dossier de financement vient d’être ouvert pour la structure ${c.structureName}.`),
        fileFacts('fr', c),
        p(
          'Il est en cours de préparation : la structure rassemble les pièces (devis, convention, programme, liste des participants). Nous vous préviendrons dès qu’il sera prêt à être déposé auprès de l’OPCO.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `New funding file: ${c.structureName} (${c.fileRef})`,
      preheader: `An OPCO funding file has just been opened for ${c.structureName}.`,
      blocks: [
        p(`A new funding file has just been opened for ${c.structureName}.`),
        fileFacts('en', c),
        p(
          'It is being prepared: the organisation is gathering the documents (quote, training agreement, programme, list of participants). We will let you know as soon as it is ready to be filed with the OPCO.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.missing_items': template({
    required: ['fileRef', 'missingItems', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : il manque encore quelques éléments`,
      preheader: `${c.missingItems.length} élément(s) à compléter avant le dépôt auprès de l’OPCO.`,
      blocks: [
        p(
          `Le dossier de financement ${c.fileRef} n’est pas encore complet. Pour pouvoir le déposer auprès ${ofOpco('fr', c)}, il manque :`,
        ),
        list(checklistWords('fr', c.missingItems)),
        p('Dès que ces éléments seront renseignés, le dossier passera automatiquement au statut « prêt à déposer ».'),
        c.deadline &&
          p(
            'Pour rappel, la demande de prise en charge doit être déposée au plus tard le ',
            fileBy('fr', c.deadline),
            '.',
          ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: a few items are still missing`,
      preheader: `${c.missingItems.length} item(s) to complete before filing with the OPCO.`,
      blocks: [
        p(
          `Funding file ${c.fileRef} is not complete yet. Before it can be filed with ${opcoName('en', c)}, the following is missing:`,
        ),
        list(checklistWords('en', c.missingItems)),
        p('As soon as these items are provided, the file will automatically move to “ready to file”.'),
        c.deadline && p('As a reminder, the funding request must be filed by ', fileBy('en', c.deadline), '.'),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.submit_now': template({
    required: ['fileRef', 'deadline', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} complet : vous pouvez déposer la demande de prise en charge`,
      preheader: `À déposer auprès ${ofOpco('fr', c)} au plus tard le ${formatDate('fr', c.deadline)}.`,
      blocks: [
        p(
          `Bonne nouvelle : le dossier ${c.fileRef} est complet. Vous pouvez dès maintenant déposer la demande de prise en charge (DPC) auprès ${ofOpco('fr', c)}, sur son portail ou par e-mail selon ses modalités.`,
        ),
        p(
          'Toutes les pièces à joindre (devis, programme, convention de formation, liste des participants) sont prêtes à être téléchargées depuis le dossier.',
        ),
        p('Date limite conseillée pour le dépôt : ', fileBy('fr', c.deadline), '.'),
        p(
          'Une fois la demande déposée, indiquez dans essaim la référence attribuée par l’OPCO et la date de dépôt : nous suivrons la réponse avec vous.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef} is complete: you can now file the funding request`,
      preheader: `To be filed with ${opcoName('en', c)} by ${formatDate('en', c.deadline)}.`,
      blocks: [
        p(
          `Good news: file ${c.fileRef} is complete. You can now file the funding request (DPC) with ${opcoName('en', c)}, through its portal or by e-mail as it requires.`,
        ),
        p(
          'All the documents to attach (quote, programme, training agreement, list of participants) are ready to download from the file.',
        ),
        p('Recommended filing deadline: ', fileBy('en', c.deadline), '.'),
        p(
          'Once the request is filed, enter the OPCO’s reference and the filing date in essaim: we will follow up the answer with you.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.deadline_reminder': template({
    required: ['fileRef', 'deadline', 'sessionStart', 'link'],
    fr: (c) => ({
      subject: `Rappel : dossier ${c.fileRef} à déposer avant le ${formatDate('fr', c.deadline)}`,
      blocks: [
        p(
          `La formation de votre équipe débute le ${formatDate('fr', c.sessionStart)}. Pour que la demande puisse être étudiée à temps, elle doit être déposée auprès ${ofOpco('fr', c)} au plus tard le `,
          fileBy('fr', c.deadline),
          `. Or le dossier ${c.fileRef} n’a pas encore été déposé.`,
        ),
        c.missingItems?.length && p('Il reste à compléter :'),
        list(checklistWords('fr', c.missingItems ?? [])),
        p('Une demande déposée trop tard, et a fortiori après le début de la formation, est refusée par l’OPCO.'),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Reminder: file ${c.fileRef} to be filed by ${formatDate('en', c.deadline)}`,
      blocks: [
        p(
          `Your team’s training starts on ${formatDate('en', c.sessionStart)}. For the request to be reviewed in time, it must be filed with ${opcoName('en', c)} by `,
          fileBy('en', c.deadline),
          `. File ${c.fileRef} has not been filed yet.`,
        ),
        c.missingItems?.length && p('Still to be completed:'),
        list(checklistWords('en', c.missingItems ?? [])),
        p('A request filed too late, let alone after the training has started, is refused by the OPCO.'),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.deadline_escalation': template({
    required: ['structureName', 'fileRef', 'deadline', 'sessionStart', 'link'],
    fr: (c) => ({
      subject: `Alerte : le dossier ${c.fileRef} (${c.structureName}) n’est toujours pas déposé`,
      blocks: [
        p(
          `Le dossier ${c.fileRef} de la structure ${c.structureName} n’a pas encore été déposé auprès ${ofOpco('fr', c)}, alors que la date limite de dépôt est le `,
          fileBy('fr', c.deadline),
          ` et que la formation débute le ${formatDate('fr', c.sessionStart)}.`,
        ),
        fileFacts('fr', c),
        p(
          'Un appel à la structure permettra sans doute de débloquer la situation ; à défaut, mieux vaut envisager dès maintenant un report des dates.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Alert: file ${c.fileRef} (${c.structureName}) has still not been filed`,
      blocks: [
        p(
          `File ${c.fileRef} of ${c.structureName} has not been filed with ${opcoName('en', c)} yet, although the filing deadline is `,
          fileBy('en', c.deadline),
          ` and the training starts on ${formatDate('en', c.sessionStart)}.`,
        ),
        fileFacts('en', c),
        p(
          'A phone call to the organisation will probably unblock the situation; otherwise, it is best to consider new dates now.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.submitted': template({
    required: ['structureName', 'fileRef', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} déposé auprès ${ofOpco('fr', c)}`,
      blocks: [
        p(
          `La demande de prise en charge du dossier ${c.fileRef} (${c.structureName}) a été déposée auprès ${ofOpco('fr', c)}${c.submittedAt ? ` le ${formatDate('fr', c.submittedAt)}` : ''}. Le dossier est désormais en attente de la réponse de l’OPCO.`,
        ),
        fileFacts('fr', c),
        amountFacts('fr', c),
        p(
          `La session${c.sessionStart ? ` prévue ${when('fr', c)}` : ''} sera confirmée dès l’accord de financement ; nous vous tiendrons au courant de la réponse.`,
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef} filed with ${opcoName('en', c)}`,
      blocks: [
        p(
          `The funding request for file ${c.fileRef} (${c.structureName}) was filed with ${opcoName('en', c)}${c.submittedAt ? ` on ${formatDate('en', c.submittedAt)}` : ''}. The file is now awaiting the OPCO’s answer.`,
        ),
        fileFacts('en', c),
        amountFacts('en', c),
        p(
          `The session${c.sessionStart ? ` planned ${when('en', c)}` : ''} will be confirmed once funding is agreed; we will keep you informed.`,
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.opco_silent': template({
    required: ['fileRef', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : avez-vous reçu la réponse ${ofOpco('fr', c)} ?`,
      blocks: [
        p(
          `Vous avez déposé la demande de prise en charge du dossier ${c.fileRef} auprès ${ofOpco('fr', c)}${c.submittedAt ? ` le ${formatDate('fr', c.submittedAt)}` : ''}, et aucune réponse n’est encore enregistrée dans essaim.`,
        ),
        recordDecision('fr', c),
        p(
          `Si vous n’avez rien reçu, nous vous conseillons de contacter votre conseiller ou conseillère OPCO${c.opcoRef ? ` en rappelant la référence ${c.opcoRef}` : ''} : les délais de réponse s’allongent souvent en fin d’année.`,
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: have you heard from ${opcoName('en', c)}?`,
      blocks: [
        p(
          `You filed the funding request for file ${c.fileRef} with ${opcoName('en', c)}${c.submittedAt ? ` on ${formatDate('en', c.submittedAt)}` : ''}, and no answer has been recorded in essaim yet.`,
        ),
        recordDecision('en', c),
        p(
          `If you have not received anything, we advise you to contact your OPCO adviser${c.opcoRef ? `, quoting reference ${c.opcoRef}` : ''}: answers often take longer towards the end of the year.`,
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.opco_silent_escalation': template({
    required: ['structureName', 'fileRef', 'sessionStart', 'link'],
    fr: (c) => ({
      subject: `Alerte : toujours pas de réponse ${ofOpco('fr', c)} pour le dossier ${c.fileRef}`,
      blocks: [
        p(
          `Aucune réponse ${ofOpco('fr', c)} n’a été enregistrée pour le dossier ${c.fileRef} (${c.structureName})${c.submittedAt ? `, déposé le ${formatDate('fr', c.submittedAt)}` : ''}. La formation doit débuter le ${formatDate('fr', c.sessionStart)}.`,
        ),
        fileFacts('fr', c),
        p(
          'Nous vous suggérons de contacter la structure, ou directement l’OPCO, pour connaître l’état d’instruction de la demande et, si besoin, d’envisager un report.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Alert: still no answer from ${opcoName('en', c)} for file ${c.fileRef}`,
      blocks: [
        p(
          `No answer from ${opcoName('en', c)} has been recorded for file ${c.fileRef} (${c.structureName})${c.submittedAt ? `, filed on ${formatDate('en', c.submittedAt)}` : ''}. The training is due to start on ${formatDate('en', c.sessionStart)}.`,
        ),
        fileFacts('en', c),
        p(
          'We suggest contacting the organisation, or the OPCO directly, to find out where the request stands and, if need be, to consider postponing.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.info_requested': template({
    required: ['structureName', 'fileRef', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : ${opcoName('fr', c)} demande des compléments`,
      blocks: [
        p(
          `${capOpco('fr', c)} a demandé des informations complémentaires pour le dossier ${c.fileRef} (${c.structureName}).`,
        ),
        c.reason && p('Demande : ', strong(c.reason)),
        p(
          'L’instruction est suspendue jusqu’à la réception des compléments. La structure a été invitée à les transmettre ; vous pouvez suivre la démarche depuis le dossier.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: ${opcoName('en', c)} asks for more information`,
      blocks: [
        p(`${capOpco('en', c)} has asked for more information on file ${c.fileRef} (${c.structureName}).`),
        c.reason && p('Request: ', strong(c.reason)),
        p(
          'The review is on hold until the information is received. The organisation has been asked to send it; you can follow up from the file.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.info_reminder': template({
    required: ['fileRef', 'link'],
    fr: (c) => ({
      subject: `Rappel : compléments attendus par ${opcoName('fr', c)} pour le dossier ${c.fileRef}`,
      blocks: [
        c.recipientRole === 'coordinators'
          ? p(
              `${c.structureName ? `La structure ${c.structureName}` : 'La structure'} n’a pas encore transmis les compléments demandés par ${opcoName('fr', c)} pour le dossier ${c.fileRef}.`,
            )
          : p(`${capOpco('fr', c)} attend toujours les compléments demandés pour le dossier ${c.fileRef}.`),
        c.reason && p('Demande : ', strong(c.reason)),
        c.recipientRole === 'coordinators'
          ? p(
              'Un échange avec la structure permettra sans doute d’avancer ; sans ces compléments, la demande risque d’être classée.',
            )
          : p(
              'Tant qu’ils ne sont pas transmis, l’instruction de la demande est suspendue. Une fois envoyés à l’OPCO, déposez-les aussi dans essaim : le suivi de la réponse reprendra automatiquement.',
            ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Reminder: ${opcoName('en', c)} is waiting for information on file ${c.fileRef}`,
      blocks: [
        c.recipientRole === 'coordinators'
          ? p(
              `${c.structureName ?? 'The organisation'} has not yet sent the information ${opcoName('en', c)} asked for on file ${c.fileRef}.`,
            )
          : p(`${capOpco('en', c)} is still waiting for the information it asked for on file ${c.fileRef}.`),
        c.reason && p('Request: ', strong(c.reason)),
        c.recipientRole === 'coordinators'
          ? p(
              'A conversation with the organisation will probably help; without this information, the request may be closed.',
            )
          : p(
              'Until it is sent, the review of the request is on hold. Once you have sent it to the OPCO, upload it to essaim as well: the follow-up of the answer will resume automatically.',
            ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.approved': template({
    required: ['structureName', 'fileRef', 'agreedAmount', 'sessionStart', 'link'],
    fr: (c) => ({
      subject: `Accord de prise en charge pour ${training('fr', c)} (${c.structureName})`,
      preheader: `${opcoName('fr', c)} finance la formation à hauteur de ${formatAmount('fr', c.agreedAmount)}.`,
      blocks: [
        p(
          `Bonne nouvelle : ${opcoName('fr', c)} a accordé la prise en charge de ${training('fr', c)} pour la structure ${c.structureName}, à hauteur de `,
          strong(formatAmount('fr', c.agreedAmount)),
          '.',
        ),
        fileFacts('fr', c),
        p(`La session aura lieu ${when('fr', c)}${c.venueName ? ` (lieu : ${c.venueName})` : ''}.`),
        c.remainder !== undefined &&
          c.remainder > 0 &&
          p(`Le reste à charge de ${formatAmount('fr', c.remainder)} sera facturé à la structure.`),
        c.validUntil && p(`L’accord est valable jusqu’au ${formatDate('fr', c.validUntil)}.`),
        nextStepsAfterAgreement('fr'),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Funding agreed for ${training('en', c)} (${c.structureName})`,
      preheader: `${opcoName('en', c)} funds the training up to ${formatAmount('en', c.agreedAmount)}.`,
      blocks: [
        p(
          `Good news: ${opcoName('en', c)} has agreed to fund ${training('en', c)} for ${c.structureName}, up to `,
          strong(formatAmount('en', c.agreedAmount)),
          '.',
        ),
        fileFacts('en', c),
        p(`The session will take place ${when('en', c)}${c.venueName ? ` at ${c.venueName}` : ''}.`),
        c.remainder !== undefined &&
          c.remainder > 0 &&
          p(`The remainder of ${formatAmount('en', c.remainder)} will be invoiced to the organisation.`),
        c.validUntil && p(`The agreement is valid until ${formatDate('en', c.validUntil)}.`),
        nextStepsAfterAgreement('en'),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.partially_approved': template({
    required: ['fileRef', 'requestedAmount', 'agreedAmount', 'remainder', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : accord partiel, reste à charge de ${formatAmount('fr', c.remainder)}`,
      blocks: [
        p(`${capOpco('fr', c)} a accordé une prise en charge partielle pour le dossier ${c.fileRef} :`),
        amountFacts('fr', c),
        p(
          'Avec la subrogation, l’OPCO ne règle à l’organisme de formation que la part accordée ; la différence serait facturée à la structure. Avant de confirmer la session, merci de nous indiquer votre choix :',
        ),
        partialOptions('fr', c),
      ],
      cta: cta('fr', 'decide', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: partial agreement, remainder of ${formatAmount('en', c.remainder)}`,
      blocks: [
        p(`${capOpco('en', c)} has agreed to fund file ${c.fileRef} in part:`),
        amountFacts('en', c),
        p(
          'Under subrogation, the OPCO pays the training provider only the agreed part; the difference would be invoiced to your organisation. Before the session is confirmed, please tell us what you choose:',
        ),
        partialOptions('en', c),
      ],
      cta: cta('en', 'decide', c.link),
    }),
  }),

  'file.partial_decision_reminder': template({
    required: ['fileRef', 'remainder', 'link'],
    fr: (c) => ({
      subject: `Rappel : votre décision sur l’accord partiel du dossier ${c.fileRef}`,
      blocks: [
        p(
          `Nous n’avons pas encore reçu votre décision concernant l’accord partiel du dossier ${c.fileRef} (reste à charge : ${formatAmount('fr', c.remainder)}). Sans décision, la session ne peut pas être confirmée ni les participants convoqués.`,
        ),
        p('Les possibilités :'),
        partialOptions('fr', c),
        c.deadline &&
          p(
            `Sans réponse d’ici le ${formatDate('fr', c.deadline)}, nous vous proposerons de reporter ou d’annuler la session.`,
          ),
      ],
      cta: cta('fr', 'decide', c.link),
    }),
    en: (c) => ({
      subject: `Reminder: your decision on the partial agreement for file ${c.fileRef}`,
      blocks: [
        p(
          `We have not yet received your decision on the partial agreement for file ${c.fileRef} (remainder: ${formatAmount('en', c.remainder)}). Until you decide, the session cannot be confirmed and the participants cannot be convened.`,
        ),
        p('Your options:'),
        partialOptions('en', c),
        c.deadline &&
          p(
            `Without an answer by ${formatDate('en', c.deadline)}, we will suggest postponing or cancelling the session.`,
          ),
      ],
      cta: cta('en', 'decide', c.link),
    }),
  }),

  'file.refused': template({
    required: ['fileRef', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : refus de prise en charge ${ofOpco('fr', c)}`,
      blocks: [
        p(`${capOpco('fr', c)} a refusé la demande de prise en charge du dossier ${c.fileRef}.`),
        c.reason && p('Motif indiqué : ', strong(c.reason)),
        p('Plusieurs solutions restent possibles :'),
        refusalOptions('fr'),
        p('Indiquez-nous votre choix depuis le dossier ; nous restons à votre disposition pour en parler.'),
      ],
      cta: cta('fr', 'decide', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: funding refused by ${opcoName('en', c)}`,
      blocks: [
        p(`${capOpco('en', c)} has refused the funding request for file ${c.fileRef}.`),
        c.reason && p('Reason given: ', strong(c.reason)),
        p('Several options remain:'),
        refusalOptions('en'),
        p('Let us know your choice from the file; we are happy to talk it through with you.'),
      ],
      cta: cta('en', 'decide', c.link),
    }),
  }),

  'file.refusal_options_reminder': template({
    required: ['fileRef', 'link'],
    fr: (c) => ({
      subject: `Rappel : quelle suite pour le dossier ${c.fileRef} ?`,
      blocks: [
        p(
          `Après le refus de prise en charge du dossier ${c.fileRef}, aucune décision n’a encore été enregistrée${c.sessionStart ? `, alors que la formation est prévue à partir du ${formatDate('fr', c.sessionStart)}` : ''}. Pour rappel, les possibilités sont les suivantes :`,
        ),
        refusalOptions('fr'),
      ],
      cta: cta('fr', 'decide', c.link),
    }),
    en: (c) => ({
      subject: `Reminder: what next for file ${c.fileRef}?`,
      blocks: [
        p(
          `Since the funding for file ${c.fileRef} was refused, no decision has been recorded${c.sessionStart ? `, while the training is planned to start on ${formatDate('en', c.sessionStart)}` : ''}. As a reminder, the options are:`,
        ),
        refusalOptions('en'),
      ],
      cta: cta('en', 'decide', c.link),
    }),
  }),

  'file.postpone_or_cancel_proposal': template({
    required: ['fileRef', 'sessionStart', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : reporter ou annuler la session ?`,
      blocks: [
        p(
          `La formation doit débuter le ${formatDate('fr', c.sessionStart)} et son financement n’est toujours pas assuré (dossier ${c.fileRef}).`,
        ),
        p(
          'Pour ne pas mobiliser vos équipes sans financement, nous vous proposons de reporter la session à de nouvelles dates, ou de l’annuler. Si vous avez trouvé une autre solution de financement, vous pouvez aussi l’indiquer dans le dossier.',
        ),
      ],
      cta: cta('fr', 'decide', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: postpone or cancel the session?`,
      blocks: [
        p(
          `The training is due to start on ${formatDate('en', c.sessionStart)} and its funding is still not secured (file ${c.fileRef}).`,
        ),
        p(
          'So that your staff are not taken away from their work without funding, we suggest postponing the session to new dates, or cancelling it. If you have found another source of funding, you can record it in the file instead.',
        ),
      ],
      cta: cta('en', 'decide', c.link),
    }),
  }),

  'file.resubmitted': template({
    required: ['structureName', 'fileRef', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} (${c.structureName}) repris pour une nouvelle demande`,
      blocks: [
        p(
          `La structure ${c.structureName} a repris le dossier ${c.fileRef} afin de déposer une nouvelle demande de prise en charge. Le dossier repasse en préparation : les rappels de complétude et de date limite reprennent.`,
        ),
        fileFacts('fr', c),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef} (${c.structureName}) reopened for a new request`,
      blocks: [
        p(
          `${c.structureName} has reopened file ${c.fileRef} to file a new funding request. The file is back in preparation: the completeness and deadline reminders resume.`,
        ),
        fileFacts('en', c),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.self_funded': template({
    required: ['structureName', 'fileRef', 'sessionStart', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : ${c.structureName} finance la formation`,
      blocks: [
        p(
          `La structure ${c.structureName} a décidé de financer ${training('fr', c)} sur ses fonds propres ou avec un autre financeur. La session ${when('fr', c)} est donc confirmée.`,
        ),
        fileFacts('fr', c),
        nextStepsAfterAgreement('fr'),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: ${c.structureName} funds the training`,
      blocks: [
        p(
          `${c.structureName} has decided to fund ${training('en', c)} from its own budget or through another funder. The session ${when('en', c)} is therefore confirmed.`,
        ),
        fileFacts('en', c),
        nextStepsAfterAgreement('en'),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.apc_validity': template({
    required: ['fileRef', 'validUntil', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} : l’accord de prise en charge expire le ${formatDate('fr', c.validUntil)}`,
      blocks: [
        p(
          `L’accord de prise en charge ${ofOpco('fr', c)} pour le dossier ${c.fileRef} est valable jusqu’au `,
          strong(formatDate('fr', c.validUntil)),
          '. La formation doit être réalisée d’ici là : au-delà, l’accord devient caduc et la formation ne serait plus financée.',
        ),
        p(
          'Si les dates de la session doivent changer, prévenez l’OPCO par écrit dès maintenant ; un report n’est en général accepté que dans la même année civile.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `File ${c.fileRef}: the funding agreement expires on ${formatDate('en', c.validUntil)}`,
      blocks: [
        p(
          `${capOpco('en', c)}’s funding agreement for file ${c.fileRef} is valid until `,
          strong(formatDate('en', c.validUntil)),
          '. The training must take place before then: afterwards the agreement lapses and the training would no longer be funded.',
        ),
        p(
          'If the session dates have to change, inform the OPCO in writing now; a postponement is usually accepted only within the same calendar year.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'file.rescheduled': template({
    required: ['sessionStart', 'slots', 'link'],
    fr: (c) => ({
      subject: `Modification : nouvelles dates pour ${training('fr', c)}`,
      preheader: `La formation aura lieu ${when('fr', c)}.`,
      blocks: [
        p(
          `Les dates de ${training('fr', c)}${c.structureName ? ` (${c.structureName})` : ''} ont changé${c.previousStart ? ` : initialement prévue le ${formatDate('fr', c.previousStart)}, elle aura lieu ${when('fr', c)}` : ''}. Voici le nouveau planning :`,
        ),
        schedule('fr', c),
        sessionFacts('fr', c),
        c.backToDraft &&
          p(
            `Ces nouvelles dates sortent du cadre de l’accord de prise en charge${c.reason ? ` (${c.reason})` : ''} : le dossier repasse en préparation et une nouvelle demande devra être déposée auprès ${ofOpco('fr', c)}.`,
          ),
        p('L’invitation de calendrier jointe met à jour les rendez-vous déjà présents dans votre agenda.'),
        c.recipientRole === 'participants'
          ? p(
              'Nous vous remercions de votre compréhension. En cas d’indisponibilité à ces nouvelles dates, merci de prévenir votre responsable dès que possible.',
            )
          : undefined,
      ],
      cta: cta('fr', c.recipientRole === 'participants' ? 'personalPage' : 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Change: new dates for ${training('en', c)}`,
      preheader: `The training will take place ${when('en', c)}.`,
      blocks: [
        p(
          `The dates of ${training('en', c)}${c.structureName ? ` (${c.structureName})` : ''} have changed${c.previousStart ? `: first planned for ${formatDate('en', c.previousStart)}, it will take place ${when('en', c)}` : ''}. Here is the new timetable:`,
        ),
        schedule('en', c),
        sessionFacts('en', c),
        c.backToDraft &&
          p(
            `These new dates fall outside the funding agreement${c.reason ? ` (${c.reason})` : ''}: the file goes back to preparation and a new request will have to be filed with ${opcoName('en', c)}.`,
          ),
        p('The attached calendar invitation updates the events already in your calendar.'),
        c.recipientRole === 'participants'
          ? p(
              'Thank you for your understanding. If you are not available on these new dates, please let your manager know as soon as possible.',
            )
          : undefined,
      ],
      cta: cta('en', c.recipientRole === 'participants' ? 'personalPage' : 'openFile', c.link),
    }),
  }),

  'file.cancelled': template({
    // A file cancelled before it had a session says « la formation » without dates.
    required: [],
    fr: (c) => ({
      subject: `Annulation de ${training('fr', c)} prévue ${when('fr', c)}`,
      blocks: [
        p(
          `Nous sommes au regret de vous informer que ${training('fr', c)}${c.structureName ? ` (${c.structureName})` : ''}, prévue ${when('fr', c)}, est annulée.`,
        ),
        c.reason && p('Motif : ', c.reason),
        c.recipientRole === 'structure-admins'
          ? p(
              `Si une demande de prise en charge a été déposée, pensez à informer ${opcoName('fr', c)} de l’annulation par écrit${c.opcoRef ? `, en rappelant la référence ${c.opcoRef}` : ''}.`,
            )
          : p(
              'Vous n’avez donc pas à vous présenter. Si ces dates figuraient dans votre agenda, l’annulation jointe à ce message les retire.',
            ),
        p('Nous reviendrons vers vous si une nouvelle session est programmée.'),
      ],
      cta: c.link ? cta('fr', c.recipientRole === 'participants' ? 'personalPage' : 'openFile', c.link) : undefined,
    }),
    en: (c) => ({
      subject: `Cancelled: ${training('en', c)} planned ${when('en', c)}`,
      blocks: [
        p(
          `We regret to inform you that ${training('en', c)}${c.structureName ? ` (${c.structureName})` : ''}, planned ${when('en', c)}, has been cancelled.`,
        ),
        c.reason && p('Reason: ', c.reason),
        c.recipientRole === 'structure-admins'
          ? p(
              `If a funding request was filed, remember to inform ${opcoName('en', c)} of the cancellation in writing${c.opcoRef ? `, quoting reference ${c.opcoRef}` : ''}.`,
            )
          : p(
              'You therefore do not need to attend. If these dates were in your calendar, the cancellation attached to this message removes them.',
            ),
        p('We will be in touch if a new session is scheduled.'),
      ],
      cta: c.link ? cta('en', c.recipientRole === 'participants' ? 'personalPage' : 'openFile', c.link) : undefined,
    }),
  }),

  'file.expired': template({
    required: ['fileRef', 'link'],
    fr: (c) => ({
      subject: `Dossier ${c.fileRef} expiré : reprenez-le avec de nouvelles dates`,
      blocks: [
        p(
          `Le dossier ${c.fileRef} a expiré : ${c.reason ?? (c.sessionStart ? `la formation devait débuter le ${formatDate('fr', c.sessionStart)} sans accord de prise en charge` : 'aucun accord de prise en charge n’a été obtenu à temps')}.`,
        ),
        p(
          'Vous pouvez le dupliquer en choisissant de nouvelles dates : les informations et les pièces déjà fournies seront reprises, et une nouvelle demande pourra être déposée auprès de l’OPCO.',
        ),
      ],
      cta: { label: 'Dupliquer le dossier', href: c.link },
    }),
    en: (c) => ({
      subject: `File ${c.fileRef} has expired: start again with new dates`,
      blocks: [
        p(
          `File ${c.fileRef} has expired: ${c.reason ?? (c.sessionStart ? `the training was due to start on ${formatDate('en', c.sessionStart)} without a funding agreement` : 'no funding agreement was obtained in time')}.`,
        ),
        p(
          'You can duplicate it with new dates: the information and documents already provided will be carried over, and a new request can be filed with the OPCO.',
        ),
      ],
      cta: { label: 'Duplicate the file', href: c.link },
    }),
  }),
} satisfies Partial<Record<NotificationKind, Template>>
