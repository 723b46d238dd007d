/**
 * The words of an article: an item's HTML content as plain text, or a page's main text through
 * @mozilla/readability over linkedom (the headline and body, without menus, share buttons,
 * related links and footers).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCKS = /<\/(p|div|h[1-6]|li|blockquote|section|article|tr)>|<br\s*\/?>/gi;

/** HTML (or plain text) as text, a paragraph per block. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(BLOCKS, '$&\n\n')}</body></html>`);
  return tidy(document.body.textContent ?? '');
}

/** A page's main text; null when Readability finds no article in it. */
export function pageMainText(html: string, url: string): string | null {
  const { document } = parseHTML(html);
  // Readability reads links against the document's url; linkedom leaves it unset.
  Object.defineProperty(document, 'documentURI', { value: url });
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
  }).parse();
  if (!article?.content) return null;
  const body = htmlToText(article.content);
  return body.length === 0 ? null : body;
}

function tidy(text: string): string {
  return text
    .replace(/\r/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
