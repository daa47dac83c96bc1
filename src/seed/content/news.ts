import type { RequiredDataFromCollectionSlug } from 'payload'
import { paragraphs } from './lexical'

type NewsData = Omit<RequiredDataFromCollectionSlug<'news'>, 'relatedProgramme' | 'relatedCampaign'> & { slug: string }

/** News of the roll-out, each tied to a campaign (by slug). Key: slug. */
export const NEWS: { data: NewsData; campaign: string }[] = [
  {
    campaign: 'experimentation-2013',
    data: {
      title: 'Deux centres d’hébergement des Bouches-du-Rhône ouvrent l’expérimentation',
      slug: 'deux-centres-d-hebergement-ouvrent-l-experimentation',
      _status: 'published',
      publishedAt: '2013-06-03T08:00:00.000Z',
      summary:
        'En juin et juillet 2013, un centre pour femmes à Marseille et un foyer rural de la Crau testent la formation.',
      body: paragraphs(
        'La fédération lance cet été une formation de trois jours à la culture et aux usages numériques, destinée à ' +
          'toutes les équipes des structures d’insertion, et non aux seuls travailleurs sociaux.',
        'Deux structures des Bouches-du-Rhône ouvrent la voie, avec les animateurs multimédias de deux espaces ERIC ' +
          'voisins. Les enseignements de ces sessions serviront à préparer un pilote régional.',
      ),
      tags: ['expérimentation 2013'],
    },
  },
  {
    campaign: 'experimentation-2013',
    data: {
      title: 'Bilan de l’expérimentation : tous les métiers autour de la table',
      slug: 'bilan-de-l-experimentation-tous-les-metiers',
      _status: 'published',
      publishedAt: '2013-10-01T08:00:00.000Z',
      summary: 'Trois enseignements de l’été 2013 : garder le « pourquoi », mêler les métiers, prévoir une suite.',
      body: paragraphs(
        'Les questionnaires à froid sont revenus. Le module d’ouverture, sur les raisons d’une culture numérique, ' +
          'est le plus cité : il ne sera jamais raccourci.',
        'Les groupes qui réunissaient direction, administratif, technique et travailleurs sociaux ont le mieux ' +
          'réussi. Les directions demandent une seconde étape, plus opérationnelle, pour leurs projets.',
      ),
      tags: ['expérimentation 2013', 'bilan'],
    },
  },
  {
    campaign: 'pilote-2014',
    data: {
      title: 'Le pilote 2014 réunit dix structures et dix espaces ERIC',
      slug: 'le-pilote-2014-reunit-dix-structures-et-dix-espaces-eric',
      _status: 'published',
      publishedAt: '2014-01-15T08:00:00.000Z',
      summary: 'Des Hautes-Alpes au Var, chaque structure du pilote travaille avec l’espace ERIC le plus proche.',
      body: paragraphs(
        'Après l’expérimentation de 2013, la formation passe à l’échelle de la région. Dix structures des six ' +
          'départements de Provence-Alpes-Côte d’Azur y participent, chacune associée à un espace ERIC.',
        'Le pilote doit aussi éprouver la procédure de prise en charge par les OPCO, de la demande au bilan.',
      ),
      tags: ['pilote 2014'],
    },
  },
]
