import type { Story } from '../../payload-types'

type RichText = Story['body']

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

/** Plain paragraphs as a Lexical document (the editor's JSON), enough for seeded stories and news. */
export function paragraphs(...lines: string[]): RichText {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: lines.map((line) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [text(line)],
      })),
    },
  }
}
