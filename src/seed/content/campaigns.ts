import type { RequiredDataFromCollectionSlug } from 'payload'

/** The slug is the natural key the seed matches on: always given. */
type CampaignData = Omit<RequiredDataFromCollectionSlug<'campaigns'>, 'structures' | 'ericSpaces'> & { slug: string }

/** Which structures and ERIC spaces a campaign lists. */
export type Membership = 'experimentation2013' | 'pilot2014' | 'all'

/** The roll-out so far: the 2013 experimentation, the 2014 pilot, the regional roll-out. Key: slug. */
export const CAMPAIGNS: { data: CampaignData; members: Membership }[] = [
  {
    members: 'experimentation2013',
    data: {
      title: 'Expérimentation 2013 – Bouches-du-Rhône',
      slug: 'experimentation-2013',
      phase: 'experimentation',
      region: 'paca',
      startDate: '2013-06-01T00:00:00.000Z',
      endDate: '2013-07-31T00:00:00.000Z',
      summary:
        'Juin–juillet 2013 : deux centres d’hébergement des Bouches-du-Rhône, l’un accueillant des femmes, ' +
        'l’autre en milieu rural, testent les trois jours de formation avec les animateurs de deux espaces ERIC.',
      targets: { structures: 2, ericSpaces: 2 },
      internalNotes:
        'Enseignements : ne jamais couper le module « pourquoi » ; réunir tous les métiers (direction, ' +
        'administratif, technique, travailleurs sociaux) ; proposer ensuite une seconde étape plus opérationnelle.',
    },
  },
  {
    members: 'pilot2014',
    data: {
      title: 'Pilote 2014 – Provence-Alpes-Côte d’Azur',
      slug: 'pilote-2014',
      phase: 'pilot',
      region: 'paca',
      startDate: '2014-01-06T00:00:00.000Z',
      endDate: '2014-12-19T00:00:00.000Z',
      summary:
        'Une dizaine de structures et une dizaine d’espaces ERIC des six départements de la région, associés deux ' +
        'à deux, pour éprouver la formation et la procédure de prise en charge OPCO avant le déploiement.',
      targets: { structures: 10, ericSpaces: 10 },
      internalNotes:
        'Tableau de bord : dossiers par état, assiduité, mixité des métiers, satisfaction à chaud et à froid.',
    },
  },
  {
    members: 'all',
    data: {
      title: 'Déploiement régional PACA',
      slug: 'deploiement-regional-paca',
      phase: 'regional',
      region: 'paca',
      startDate: '2015-01-05T00:00:00.000Z',
      summary:
        'Chaque structure adhérente de la région reçoit la présentation, la procédure et la documentation ; ' +
        'les animateurs ERIC prennent contact avec les structures de leur territoire.',
      targets: { structures: 60, ericSpaces: 30 },
    },
  },
]
