import type { RequiredDataFromCollectionSlug } from 'payload'
import type { StructureKey } from './structures'
import { paragraphs } from './lexical'

type StoryData = Omit<RequiredDataFromCollectionSlug<'stories'>, 'relatedStructures' | 'relatedProgramme'> & {
  slug: string
}

export interface StorySeed {
  data: StoryData
  structures: StructureKey[]
}

/**
 * Testimonies. The last one quotes a night watchman whose consent has not been collected yet: it stays a draft,
 * and publishing it from the admin shows the consent rule. Key: slug.
 */
export const STORIES: StorySeed[] = [
  {
    structures: ['glycines'],
    data: {
      title: '« Je n’osais pas toucher à l’ordinateur de l’accueil »',
      slug: 'je-n-osais-pas-toucher-a-l-ordinateur-de-l-accueil',
      _status: 'published',
      publishedAt: '2013-09-10T08:00:00.000Z',
      summary:
        'Maîtresse de maison au CHRS Les Glycines, Malika a suivi la formation pendant l’expérimentation de 2013. ' +
        'Elle raconte ce qui a changé à l’accueil.',
      body: paragraphs(
        'Au CHRS Les Glycines, à Marseille, l’ordinateur de l’accueil servait surtout à imprimer les plannings. ' +
          'En juin 2013, toute l’équipe, de la directrice au veilleur de nuit, a passé trois jours avec les ' +
          'animateurs de l’espace ERIC du quartier.',
        'Malika n’avait jamais ouvert de boîte mail. Aujourd’hui, c’est elle qui aide les femmes hébergées à ' +
          'créer leur compte sur le site de la CAF et à retrouver leurs identifiants perdus.',
        'Ce qu’elle retient ? Le premier module, celui qui explique pourquoi le numérique change nos métiers : ' +
          '« Sans ça, on aurait appris des clics. Là, on a compris à quoi ça sert pour les résidentes. »',
      ),
      tags: ['expérimentation 2013', 'accueil', 'hébergement des femmes'],
      quote: {
        text: 'Avant, je n’osais pas toucher à l’ordinateur de l’accueil. Maintenant, ce sont les résidentes qui viennent me demander de l’aide.',
        personName: 'Malika R.',
        jobRole: 'accueil',
      },
      consent: { givenBy: 'Malika R.', givenAt: '2013-07-15T00:00:00.000Z', scope: ['website', 'print'] },
    },
  },
  {
    structures: ['draille'],
    data: {
      title: 'À la Draille, Facebook est devenu un outil de travail',
      slug: 'a-la-draille-facebook-est-devenu-un-outil-de-travail',
      _status: 'published',
      publishedAt: '2013-10-14T08:00:00.000Z',
      summary:
        'Dans ce foyer rural de la Crau, loin des services, les réseaux sociaux sont devenus un moyen de garder le ' +
        'lien avec les personnes accueillies après leur départ.',
      body: paragraphs(
        'À Saint-Martin-de-Crau, le foyer de la Draille accueille une vingtaine de personnes, à quarante minutes ' +
          'de la première administration. Le chef de service redoutait les réseaux sociaux : trop de risques, ' +
          'pas assez de temps.',
        'La formation a renversé la question. L’équipe a ouvert une page, fixé des règles d’usage et appris à ' +
          'paramétrer la confidentialité avec les personnes accueillies, plutôt qu’à leur place.',
      ),
      tags: ['expérimentation 2013', 'réseaux sociaux', 'milieu rural'],
      quote: {
        text: 'On a arrêté d’interdire et on a commencé à accompagner. Les anciens résidents nous donnent des nouvelles.',
        personName: 'Thierry M.',
        jobRole: 'encadrement',
      },
      consent: { givenBy: 'Thierry M.', givenAt: '2013-07-20T00:00:00.000Z', scope: ['website', 'social-networks'] },
    },
  },
  {
    structures: ['glycines', 'grandLarge'],
    data: {
      title: 'Le pourquoi avant le comment',
      slug: 'le-pourquoi-avant-le-comment',
      _status: 'published',
      publishedAt: '2014-06-30T08:00:00.000Z',
      summary:
        'Animateur multimédia à l’espace ERIC La Fabrique du Panier, Karim a formé les équipes de deux structures ' +
        'marseillaises pendant le pilote. Il explique pourquoi le premier module ne se négocie pas.',
      body: paragraphs(
        'Les structures demandent souvent d’aller droit aux outils. Karim commence toujours par une demi-journée ' +
          'sans clavier : d’où vient Internet, qui le finance, ce que deviennent nos données.',
        'Pendant le pilote, une structure a voulu raccourcir cette séquence pour gagner du temps. L’équipe de ' +
          'coordination a tenu bon, et c’est ce module que les participants citent le plus dans les questionnaires à froid.',
      ),
      tags: ['pilote 2014', 'ERIC', 'culture numérique'],
      quote: {
        text: 'Quand on a compris pourquoi, le comment vient tout seul.',
        personName: 'Karim Haddad',
        jobRole: 'animateur',
      },
      consent: {
        givenBy: 'Karim Haddad',
        givenAt: '2014-06-12T00:00:00.000Z',
        scope: ['website', 'social-networks', 'print'],
      },
    },
  },
  {
    structures: ['lanterne'],
    data: {
      title: 'Ce que la formation a changé pour l’équipe de nuit',
      slug: 'ce-que-la-formation-a-change-pour-l-equipe-de-nuit',
      _status: 'draft',
      summary: 'Brouillon : le consentement du veilleur cité reste à recueillir avant publication.',
      body: paragraphs(
        'À La Lanterne, à Nice, les veilleurs de nuit ont suivi la formation avec les travailleurs sociaux de jour. ' +
          'Une première dans la structure.',
      ),
      tags: ['pilote 2014', 'veille de nuit'],
      quote: {
        text: 'La nuit, c’est souvent nous qu’on vient voir pour un papier à remplir en ligne.',
        personName: 'Jean-Pierre L.',
        jobRole: 'accueil',
      },
    },
  },
]
