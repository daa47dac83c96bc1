import type { Metadata } from 'next'
import { pageLang } from '../../../../sessions/page-text'
import { one, type Query } from './paths'

/**
 * The browser tab's title of the personal pages, in the page's `?lang=`. The page behind a link (sheet, countersign,
 * questionnaire) is only known once the link is opened, which the title must not do twice: it names them together.
 */
const TITLES = {
  personal: { fr: 'Votre émargement et vos questionnaires · essaim', en: 'Your attendance and questionnaires · essaim' },
  questionnaire: { fr: 'Votre questionnaire · essaim', en: 'Your questionnaire · essaim' },
} as const

export async function personalPageMetadata(searchParams: Promise<Query>, page: keyof typeof TITLES): Promise<Metadata> {
  return { title: TITLES[page][pageLang(one(await searchParams, 'lang'))] }
}
