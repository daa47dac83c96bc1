import type { RequiredDataFromCollectionSlug } from 'payload'

/** The 3-day, 21-hour training as the federation offers it; seven modules of three hours. Key: slug. */
export const PROGRAMME: RequiredDataFromCollectionSlug<'programmes'> & { slug: string } = {
  title: 'Culture & usages numériques',
  slug: 'culture-et-usages-numeriques',
  edition: '2014',
  _status: 'published',
  summary:
    'Trois jours pour que toutes les équipes d’une structure d’insertion, de la direction à la maintenance, ' +
    'comprennent le numérique avant de l’utiliser : ses logiques, ses risques et ce qu’il peut apporter aux ' +
    'personnes accompagnées. Animée par les animateurs multimédias des espaces ERIC, en intra, au plus près des structures.',
  objectives: [
    { text: 'Comprendre ce qui a changé avec le numérique et pourquoi cela concerne le travail social' },
    { text: 'Maîtriser son identité numérique et accompagner celle des personnes accueillies' },
    { text: 'Utiliser les réseaux sociaux et la veille d’information dans un cadre professionnel' },
    { text: 'Protéger la vie privée et les données personnelles, les siennes et celles des autres' },
    { text: 'Connaître les règles de la propriété intellectuelle et les licences libres' },
    { text: 'Travailler en réseau, de façon plus horizontale, avec les partenaires du territoire' },
  ],
  audience:
    'Tous les salariés et bénévoles des structures adhérentes (CHRS, CADA, accueils de jour, ACI…) : direction, ' +
    'chefs de service, travailleurs sociaux, accueil et veille de nuit, administratif, technique. Les groupes ' +
    'mêlent volontairement les métiers.',
  prerequisites: 'Aucun prérequis technique. Savoir lire et écrire le français.',
  durationHours: 21,
  durationDays: 3,
  accessDelay:
    'Un à deux mois entre la demande et la session, le temps de l’accord de prise en charge de l’OPCO ' +
    '(la demande doit être déposée avant le début de la formation).',
  methods:
    'Ateliers pratiques sur ordinateur et smartphone, études de cas tirées du quotidien des structures, débats. ' +
    'Un poste pour deux participants au plus, dans l’espace ERIC partenaire ou dans la structure.',
  evaluation:
    'Positionnement en début de formation, quiz d’acquis en fin de session, questionnaire de satisfaction à chaud ' +
    'et questionnaire à froid deux mois après. Attestation de fin de formation remise à chaque participant.',
  accessibility:
    'Espaces accessibles aux personnes à mobilité réduite. Pour tout autre besoin d’adaptation, contactez la ' +
    'référente handicap avant l’inscription.',
  price: {
    amountPerDay: 1500,
    vatExempt: true,
    notes: 'Par jour et par groupe de 8 à 15 personnes, en intra ; pris en charge par l’OPCO sous conditions.',
  },
  contacts: [
    { name: 'Nadia Benali', role: 'Coordinatrice régionale', email: 'coordination@essaim.local' },
    { name: 'Claire Fédération', role: 'Référente handicap', email: 'admin@essaim.local' },
  ],
  modules: [
    {
      title: 'Pourquoi une culture numérique ?',
      kind: 'why',
      minutes: 180,
      protected: true,
      objectives:
        'Comprendre ce que le numérique change aux savoirs, aux relations et au travail social, avant toute ' +
        'question d’outil. Module jamais écourté : c’est la leçon de l’expérimentation de 2013.',
    },
    {
      title: 'Identités numériques',
      kind: 'usages',
      minutes: 180,
      objectives: 'Ce que l’on laisse comme traces ; construire et protéger une identité en ligne.',
    },
    {
      title: 'Réseaux sociaux',
      kind: 'usages',
      minutes: 180,
      objectives: 'Fonctionnement, usages professionnels, accompagnement des personnes accueillies.',
    },
    {
      title: 'Veille informationnelle',
      kind: 'outils',
      minutes: 180,
      objectives: 'Chercher, trier, vérifier une information ; organiser une veille d’équipe.',
    },
    {
      title: 'Vie privée et données personnelles',
      kind: 'usages',
      minutes: 180,
      objectives: 'Droits des personnes, bonnes pratiques au quotidien, RGPD dans la structure.',
    },
    {
      title: 'Propriété et création',
      kind: 'usages',
      minutes: 180,
      objectives: 'Droit d’auteur, droit à l’image, licences libres ; créer et partager des contenus.',
    },
    {
      title: 'Horizontalité : travailler en réseau',
      kind: 'projet',
      minutes: 180,
      objectives: 'Outils collaboratifs et coopération avec l’espace ERIC et les partenaires du territoire.',
    },
  ],
}
