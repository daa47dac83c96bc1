/** The session: role mix, convocations, logistics, attendance and the trainer's report. */
import { formatDate, formatDateTime, formatSlot, plural, formatList } from '../format'
import { cta, impediment, schedule, sessionFacts, titleOf, training, trainingShort, when } from '../phrases'
import { list, note, p, strong, template } from '../template'
import type { Template } from '../template'
import type { Lang, MailContext, NotificationKind } from '../types'

/** How participants sign, said once for the convocation and the day-before reminder. */
function howToSign(lang: Lang) {
  return lang === 'fr'
    ? p(
        'À chaque demi-journée, vous signerez la feuille d’émargement en ligne depuis votre page personnelle (un téléphone suffit). Cette signature atteste votre présence auprès du financeur.',
      )
    : p(
        'For each half-day, you will sign the attendance sheet online from your personal page (a phone is enough). Your signature proves your attendance to the funder.',
      )
}

/** How the trainer runs the sheet, said once for the D−2 reminder and the "attendance open" mail. */
function trainerSigning(lang: Lang) {
  return lang === 'fr'
    ? p(
        'À chaque demi-journée, les participants signent depuis leur téléphone ; vous contresignez la feuille en fin de demi-journée. Sans feuille signée et contresignée, les heures ne peuvent pas être facturées à l’OPCO.',
      )
    : p(
        'For each half-day, participants sign from their phone; you countersign the sheet at the end of the half-day. Without a signed and countersigned sheet, the hours cannot be invoiced to the OPCO.',
      )
}

function enrolled(lang: Lang, c: MailContext): string {
  if (c.enrolledCount === undefined) return ''
  const n = c.enrolledCount
  return lang === 'fr'
    ? `${n} ${plural(lang, n, 'personne inscrite', 'personnes inscrites')}`
    : `${n} ${plural(lang, n, 'person', 'people')} enrolled`
}

export const sessionTemplates = {
  'session.role_mix_check': template({
    required: ['sessionStart', 'missingRoles', 'link'],
    fr: (c) => ({
      subject: `Formation du ${formatDate('fr', c.sessionStart)} : toutes les fonctions sont-elles représentées ?`,
      blocks: [
        p(
          `La liste des participants à ${training('fr', c)}${c.structureName ? ` (${c.structureName})` : ''}, qui débute le ${formatDate('fr', c.sessionStart)}, est désormais arrêtée (J−10)${c.enrolledCount !== undefined ? ` ; ${enrolled('fr', c)}` : ''}. Toute modification des inscriptions passe maintenant par la coordination.`,
        ),
        p(
          'L’expérience des premières sessions le montre : la formation porte le plus de fruits quand toute l’équipe est représentée, de la direction aux fonctions techniques. À ce jour, ces fonctions ne sont pas représentées :',
        ),
        list(c.missingRoles),
        p('Pour ajouter une personne d’une de ces fonctions, adressez-vous à la coordination, qui peut encore modifier la liste.'),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Training on ${formatDate('en', c.sessionStart)}: are all job roles represented?`,
      blocks: [
        p(
          `The list of participants in ${training('en', c)}${c.structureName ? ` (${c.structureName})` : ''}, starting on ${formatDate('en', c.sessionStart)}, is now closed (D−10)${c.enrolledCount !== undefined ? `; ${enrolled('en', c)}` : ''}. Any change to the enrolments now goes through the coordination team.`,
        ),
        p(
          'The first sessions have shown it: the training works best when the whole team takes part, from management to technical staff. So far, these roles are not represented:',
        ),
        list(c.missingRoles),
        p('To add someone in one of these roles, ask the coordination team, who can still change the list.'),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'session.convocation': template({
    required: ['sessionStart', 'slots', 'venueName', 'venueAddress', 'link'],
    fr: (c) => ({
      subject: `Convocation : ${trainingShort('fr', c)}, ${when('fr', c)}`,
      preheader: `Rendez-vous le ${formatDateTime('fr', c.sessionStart)}, lieu : ${c.venueName}.`,
      blocks: [
        p(
          `Nous avons le plaisir de vous convier à ${training('fr', c)}${c.structureName ? `, organisée pour les équipes de la structure ${c.structureName}` : ''}. Voici les horaires :`,
        ),
        schedule('fr', c),
        sessionFacts('fr', c),
        p(
          'Votre page personnelle vous donne accès au programme et au règlement intérieur de la formation ; merci d’en prendre connaissance avant le premier jour. Une invitation de calendrier est jointe à ce message.',
        ),
        howToSign('fr'),
        impediment('fr', c),
      ],
      cta: cta('fr', 'personalPage', c.link),
    }),
    en: (c) => ({
      subject: `Joining instructions: ${trainingShort('en', c)}, ${when('en', c)}`,
      preheader: `See you on ${formatDateTime('en', c.sessionStart)} at ${c.venueName}.`,
      blocks: [
        p(
          `We are pleased to invite you to ${training('en', c)}${c.structureName ? `, organised for the staff of ${c.structureName}` : ''}. Here is the timetable:`,
        ),
        schedule('en', c),
        sessionFacts('en', c),
        p(
          'Your personal page gives you access to the programme and to the rules of procedure of the training; please read them before the first day. A calendar invitation is attached to this message.',
        ),
        howToSign('en'),
        impediment('en', c),
      ],
      cta: cta('en', 'personalPage', c.link),
    }),
  }),

  'session.convened': template({
    required: ['structureName', 'sessionStart', 'link'],
    fr: (c) => ({
      subject: `Convocations envoyées : ${trainingShort('fr', c)}, ${when('fr', c)}`,
      blocks: [
        p(
          `Les convocations à ${training('fr', c)} ${when('fr', c)} ont été envoyées${c.enrolledCount !== undefined ? ` aux ${c.enrolledCount} participants` : ' aux participants'} de la structure ${c.structureName}. Chacun a reçu les horaires, l’adresse du lieu, le règlement intérieur et une invitation de calendrier.`,
        ),
        sessionFacts('fr', c),
        p(
          'Merci de veiller à ce que les personnes inscrites soient libérées de leurs autres obligations sur ces créneaux.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Joining instructions sent: ${trainingShort('en', c)}, ${when('en', c)}`,
      blocks: [
        p(
          `The joining instructions for ${training('en', c)} ${when('en', c)} have been sent to${c.enrolledCount !== undefined ? ` the ${c.enrolledCount}` : ' the'} participants from ${c.structureName}. Each of them received the timetable, the venue’s address, the rules of procedure and a calendar invitation.`,
        ),
        sessionFacts('en', c),
        p('Please make sure the people enrolled are released from their other duties during these slots.'),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'session.trainer_logistics': template({
    required: ['sessionStart', 'venueName', 'link'],
    fr: (c) => ({
      subject: `Préparation de la session du ${formatDate('fr', c.sessionStart)} (${c.venueName})`,
      blocks: [
        p(
          `La session ${titleOf('fr', c)} débute le ${formatDateTime('fr', c.sessionStart)} (lieu : ${c.venueName}). Quelques points à vérifier d’ici là :`,
        ),
        list([
          'la salle et le matériel : postes, connexion, vidéoprojecteur ;',
          `la liste des participants${c.enrolledCount !== undefined ? ` (${enrolled('fr', c)})` : ''} et leurs fonctions ;`,
          'les supports de chaque module, sans raccourcir le module « pourquoi » ;',
          'votre accès à la feuille d’émargement en ligne.',
        ]),
        p('Pour rappel, le planning :'),
        schedule('fr', c),
        sessionFacts('fr', c),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Preparing the session on ${formatDate('en', c.sessionStart)} at ${c.venueName}`,
      blocks: [
        p(
          `The ${titleOf('en', c)} session starts on ${formatDateTime('en', c.sessionStart)} at ${c.venueName}. A few things to check beforehand:`,
        ),
        list([
          'the room and equipment: computers, internet connection, projector;',
          `the list of participants${c.enrolledCount !== undefined ? ` (${enrolled('en', c)})` : ''} and their job roles;`,
          'the materials for each module, without shortening the “why” module;',
          'your access to the online attendance sheet.',
        ]),
        p('As a reminder, the timetable:'),
        schedule('en', c),
        sessionFacts('en', c),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'session.day_before': template({
    required: ['sessionStart', 'venueName', 'venueAddress', 'link'],
    fr: (c) => ({
      subject: `Rappel : votre ${trainingShort('fr', c)} commence demain`,
      blocks: [
        p(
          `Petit rappel : ${training('fr', c)} commence demain, le `,
          strong(formatDateTime('fr', c.sessionStart)),
          '.',
        ),
        sessionFacts('fr', c),
        howToSign('fr'),
        impediment('fr', c),
        p('Nous vous souhaitons une excellente formation !'),
      ],
      cta: cta('fr', 'personalPage', c.link),
    }),
    en: (c) => ({
      subject: `Reminder: your ${trainingShort('en', c)} starts tomorrow`,
      blocks: [
        p(
          `A quick reminder: ${training('en', c)} starts tomorrow, `,
          strong(formatDateTime('en', c.sessionStart)),
          '.',
        ),
        sessionFacts('en', c),
        howToSign('en'),
        impediment('en', c),
        p('We hope you enjoy the training!'),
      ],
      cta: cta('en', 'personalPage', c.link),
    }),
  }),

  'session.trainer_reminder': template({
    required: ['sessionStart', 'venueName', 'link'],
    fr: (c) => ({
      subject: `Session du ${formatDate('fr', c.sessionStart)} : votre lien d’émargement`,
      blocks: [
        p(
          `La session ${titleOf('fr', c)} débute le ${formatDateTime('fr', c.sessionStart)} (lieu : ${c.venueName})${c.enrolledCount !== undefined ? `, avec ${enrolled('fr', c)}` : ''}. Voici le lien de la feuille d’émargement en ligne, à garder sous la main.`,
        ),
        trainerSigning('fr'),
      ],
      cta: cta('fr', 'attendance', c.link),
    }),
    en: (c) => ({
      subject: `Session on ${formatDate('en', c.sessionStart)}: your attendance link`,
      blocks: [
        p(
          `The ${titleOf('en', c)} session starts on ${formatDateTime('en', c.sessionStart)} at ${c.venueName}${c.enrolledCount !== undefined ? `, with ${enrolled('en', c)}` : ''}. Here is the link to the online attendance sheet; keep it at hand.`,
        ),
        trainerSigning('en'),
      ],
      cta: cta('en', 'attendance', c.link),
    }),
  }),

  'session.attendance_open': template({
    required: ['link'],
    fr: (c) => ({
      subject: `Émargement ouvert : session ${titleOf('fr', c)}`,
      blocks: [
        p(
          `La session ${titleOf('fr', c)} a commencé${c.sessionStart ? ` ce ${formatDate('fr', c.sessionStart)}` : ''} : la feuille d’émargement est ouverte. Invitez les participants à signer dès maintenant depuis leur page personnelle.`,
        ),
        trainerSigning('fr'),
      ],
      cta: cta('fr', 'attendance', c.link),
    }),
    en: (c) => ({
      subject: `Attendance open: ${titleOf('en', c)} session`,
      blocks: [
        p(
          `The ${titleOf('en', c)} session has started${c.sessionStart ? ` (${formatDate('en', c.sessionStart)})` : ''}: the attendance sheet is open. Ask the participants to sign now from their personal page.`,
        ),
        trainerSigning('en'),
      ],
      cta: cta('en', 'attendance', c.link),
    }),
  }),

  'session.participants_changed': template({
    required: ['sessionStart', 'participantChange', 'enrolledCount', 'link'],
    fr: (c) => {
      const who = c.participantNames?.length ? formatList('fr', c.participantNames) : undefined
      const n = c.participantNames?.length ?? 1
      return {
        subject: `Session du ${formatDate('fr', c.sessionStart)} : liste des participants modifiée`,
        blocks: [
          c.participantChange === 'added'
            ? p(
                `${who ?? 'Une nouvelle personne'} ${plural('fr', n, 'a rejoint', 'ont rejoint')} la session ${titleOf('fr', c)} prévue ${when('fr', c)}.`,
              )
            : p(
                `${who ? `L’inscription de ${who} à` : 'Une inscription à'} la session ${titleOf('fr', c)} prévue ${when('fr', c)} a été annulée.`,
              ),
          p(
            `La session compte désormais ${enrolled('fr', c)}. La liste à jour, avec la fonction de chacun, est disponible dans essaim.`,
          ),
        ],
        cta: cta('fr', 'openFile', c.link),
      }
    },
    en: (c) => {
      const who = c.participantNames?.length ? formatList('en', c.participantNames) : undefined
      return {
        subject: `Session on ${formatDate('en', c.sessionStart)}: participant list changed`,
        blocks: [
          c.participantChange === 'added'
            ? p(`${who ?? 'A new person'} joined the ${titleOf('en', c)} session planned ${when('en', c)}.`)
            : p(
                `${who ? `The enrolment of ${who} in` : 'An enrolment in'} the ${titleOf('en', c)} session planned ${when('en', c)} has been cancelled.`,
              ),
          p(
            `The session now has ${enrolled('en', c)}. The updated list, with each person’s job role, is available in essaim.`,
          ),
        ],
        cta: cta('en', 'openFile', c.link),
      }
    },
  }),

  'session.below_minimum': template({
    required: ['structureName', 'sessionStart', 'enrolledCount', 'minParticipants', 'link'],
    fr: (c) => ({
      subject: `Effectif insuffisant : ${c.structureName}, session du ${formatDate('fr', c.sessionStart)}`,
      blocks: [
        p(
          `La session ${titleOf('fr', c)} de la structure ${c.structureName}, prévue ${when('fr', c)}, ne compte plus que `,
          strong(enrolled('fr', c)),
          `, pour un minimum de ${c.minParticipants}.`,
        ),
        p(
          'Sans nouvelles inscriptions, la session ne pourra pas se tenir dans de bonnes conditions. Un échange avec la structure permettra de voir s’il est possible de compléter le groupe, ou s’il vaut mieux reporter la session.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Too few participants: ${c.structureName}, session on ${formatDate('en', c.sessionStart)}`,
      blocks: [
        p(
          `The ${titleOf('en', c)} session of ${c.structureName}, planned ${when('en', c)}, now has only `,
          strong(enrolled('en', c)),
          `, for a minimum of ${c.minParticipants}.`,
        ),
        p(
          'Without new enrolments, the session cannot run in good conditions. A conversation with the organisation will tell whether the group can be completed or whether postponing is wiser.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'attendance.unsigned': template({
    required: ['slot', 'link'],
    fr: (c) => ({
      subject: `Feuille d’émargement à compléter : ${formatSlot('fr', c.slot)}`,
      blocks: [
        p(
          `La feuille d’émargement de la session ${titleOf('fr', c)} n’est pas complète pour la demi-journée du ${formatSlot('fr', c.slot)}.`,
        ),
        c.participantNames?.length && p('Signatures manquantes :'),
        list(c.participantNames ?? []),
        p('Merci de faire signer les participants présents, d’indiquer les absences, puis de contresigner la feuille.'),
        note('Sans feuille signée et contresignée, les heures ne peuvent pas être facturées à l’OPCO.'),
      ],
      cta: cta('fr', 'attendance', c.link),
    }),
    en: (c) => ({
      subject: `Attendance sheet to complete: ${formatSlot('en', c.slot)}`,
      blocks: [
        p(
          `The attendance sheet of the ${titleOf('en', c)} session is not complete for the half-day of ${formatSlot('en', c.slot)}.`,
        ),
        c.participantNames?.length && p('Missing signatures:'),
        list(c.participantNames ?? []),
        p('Please have the participants who were present sign, record the absences, then countersign the sheet.'),
        note('Without a signed and countersigned sheet, the hours cannot be invoiced to the OPCO.'),
      ],
      cta: cta('en', 'attendance', c.link),
    }),
  }),

  'attendance.absence': template({
    required: ['slot', 'participantNames', 'link'],
    fr: (c) => ({
      subject: `Absence à la formation : ${formatList('fr', c.participantNames)}`,
      blocks: [
        p(
          `Lors de la session ${titleOf('fr', c)}, demi-journée du ${formatSlot('fr', c.slot)}, ${plural('fr', c.participantNames.length, 'la personne suivante n’a pas signé', 'les personnes suivantes n’ont pas signé')} la feuille de présence :`,
        ),
        list(c.participantNames),
        p(
          `Pourriez-vous ${plural('fr', c.participantNames.length, 'la contacter', 'les contacter')} aujourd’hui pour connaître le motif de l’absence et ${plural('fr', c.participantNames.length, 'l’encourager', 'les encourager')} à suivre la suite de la formation ? Merci d’indiquer ensuite ce motif dans essaim.`,
        ),
        note(
          'Ce suivi fait partie de nos engagements qualité (Qualiopi, indicateur 12). Les heures non suivies ne sont pas prises en charge par l’OPCO et peuvent rester à la charge de la structure.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Absence from the training: ${formatList('en', c.participantNames)}`,
      blocks: [
        p(
          `During the ${titleOf('en', c)} session, on the half-day of ${formatSlot('en', c.slot)}, ${plural('en', c.participantNames.length, 'the following person did not', 'the following people did not')} sign the attendance sheet:`,
        ),
        list(c.participantNames),
        p(
          `Could you contact them today to find out why, and encourage them to attend the rest of the training? Then please record the reason in essaim.`,
        ),
        note(
          'This follow-up is part of our quality commitments (Qualiopi, indicator 12). Hours not attended are not funded by the OPCO and may be charged to your organisation.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),

  'session.report_due': template({
    required: ['sessionEnd', 'link'],
    fr: (c) =>
      c.recipientRole === 'coordinators'
        ? {
            subject: `Bilan de session non rédigé : ${training('fr', c)} du ${formatDate('fr', c.sessionEnd)}`,
            blocks: [
              p(
                `Le bilan de la session ${titleOf('fr', c)}${c.structureName ? ` (${c.structureName})` : ''}, terminée le ${formatDate('fr', c.sessionEnd)}, n’a pas encore été rédigé${c.facilitatorNames?.length ? ` par ${formatList('fr', c.facilitatorNames)}` : ''}.`,
              ),
              p(
                'Un petit mot au formateur permettra sans doute de le débloquer : il est nécessaire au rapport remis à la structure.',
              ),
            ],
            cta: cta('fr', 'openFile', c.link),
          }
        : {
            subject: `Votre bilan de la session du ${formatDate('fr', c.sessionEnd)}`,
            blocks: [
              p(
                `La session ${titleOf('fr', c)}${c.structureName ? ` (${c.structureName})` : ''} s’est terminée le ${formatDate('fr', c.sessionEnd)}. Merci pour votre engagement !`,
              ),
              p(
                'Pourriez-vous rédiger votre bilan de session : déroulé, participation, points marquants, difficultés éventuelles et suites que vous suggérez ? Il alimente le rapport remis à la structure et nous aide à améliorer la formation.',
              ),
            ],
            cta: { label: 'Rédiger mon bilan', href: c.link },
          },
    en: (c) =>
      c.recipientRole === 'coordinators'
        ? {
            subject: `Session report not written: ${training('en', c)} ending ${formatDate('en', c.sessionEnd)}`,
            blocks: [
              p(
                `The report on the ${titleOf('en', c)} session${c.structureName ? ` (${c.structureName})` : ''}, which ended on ${formatDate('en', c.sessionEnd)}, has not been written yet${c.facilitatorNames?.length ? ` by ${formatList('en', c.facilitatorNames)}` : ''}.`,
              ),
              p(
                'A quick word to the trainer will probably help: the organisation’s report cannot be produced without it.',
              ),
            ],
            cta: cta('en', 'openFile', c.link),
          }
        : {
            subject: `Your report on the session ending ${formatDate('en', c.sessionEnd)}`,
            blocks: [
              p(
                `The ${titleOf('en', c)} session${c.structureName ? ` (${c.structureName})` : ''} ended on ${formatDate('en', c.sessionEnd)}. Thank you for your commitment!`,
              ),
              p(
                'Could you write your session report: how it went, attendance, highlights, any difficulties and the next steps you suggest? It feeds the report given to the organisation and helps us improve the training.',
              ),
            ],
            cta: { label: 'Write my report', href: c.link },
          },
  }),
} satisfies Partial<Record<NotificationKind, Template>>
