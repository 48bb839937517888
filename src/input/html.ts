/**
 * Web pages: the article of an HTML page, as plain text, with the page's title, byline and
 * published date. Mozilla Readability (Firefox's reader view) finds the article over a DOM
 * from linkedom (a light DOM: a quarter of jsdom's load time and size, the same articles on
 * our pages). The text is built here from the article's DOM: one paragraph per block, blocks
 * separated by a blank line, whitespace collapsed; fact offsets refer to this text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isIsoDate } from './read.js';

export interface HtmlArticle {
  /** The article as plain text: the text facts are extracted from. */
  text: string;
  title?: string;
  byline?: string;
  /** The published date as `YYYY-MM-DD`, from the page's metadata. */
  published?: string;
}

/**
 * Class or id names that mark page furniture inside an article body (inline adverts,
 * newsletter boxes, share bars, promotions), which Readability keeps when they are small.
 * A name must start with the word: `ad` and `ad-inline` match, `header`, `shadow` and
 * `has-social-links` do not. Boxes holding more than one paragraph are left to Readability.
 */
const FURNITURE = /(?:^|\s)(?:ad|ads|advert|advertisement|adslot|sponsored|promo|newsletter|share|sharing|social|outbrain|taboola|paywall)(?=$|[\s_-])/i;

/** Elements whose text is never article text (JSON-LD stays: Readability reads its metadata). */
const NEVER_TEXT = 'script:not([type="application/ld+json"]), style, noscript, template, iframe, form, button, input, select, textarea, [hidden], [aria-hidden="true"], [data-ad]';

/** Elements that start a new paragraph of the text; `br` and table rows start a new line. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'UL',
]);
const LINES = new Set(['BR', 'TR']);
const CELLS = new Set(['TD', 'TH']);

/** Page metadata Readability does not read for the published date, in order of trust. */
const PUBLISHED_SELECTORS = [
  '[itemprop="datePublished"]',
  'meta[name="date"], meta[name="DC.date.issued"], meta[name="dc.date"], meta[name="dcterms.created"], meta[name="dcterms.date"]',
  'time[pubdate]',
];

/**
 * Readability's cost grows with the square of the nesting depth (an 800-deep page takes
 * 14 s over linkedom, 113 s over jsdom); real pages nest a few dozen elements deep.
 */
export const MAX_DEPTH = 256;

/** The article of an HTML page; throws where the page holds no readable article. */
export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  if (nestingDepth(document) > MAX_DEPTH) throw new Error(`page nested deeper than ${MAX_DEPTH} elements`);
  const fallbackPublished = metadataPublished(document);
  for (const element of [...document.querySelectorAll(NEVER_TEXT)]) element.remove();
  for (const element of [...document.querySelectorAll('[class], [id]')]) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (FURNITURE.test(names) && element.querySelectorAll('p').length < 2 && element.tagName !== 'BODY') element.remove();
  }
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  const text = article?.content ? articleText(article.content) : '';
  if (text === '') throw new Error('no readable article in the page');
  const published = publishedDate(article?.publishedTime) ?? publishedDate(fallbackPublished);
  return {
    text,
    ...optional('title', clean(article?.title)),
    ...optional('byline', clean(article?.byline)?.replace(/^by\s+/i, '')),
    ...optional('published', published),
  };
}

/** The deepest element's depth, in one pass over the elements in document order (parents come first). */
function nestingDepth(document: ParentNode): number {
  const depths = new Map<Node, number>();
  let deepest = 0;
  for (const element of document.querySelectorAll('*')) {
    const depth = (element.parentNode ? (depths.get(element.parentNode) ?? 0) : 0) + 1;
    depths.set(element, depth);
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function clean(value: string | null | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/g, ' ').trim();
  return collapsed || undefined;
}

function metadataPublished(document: ParentNode): string | undefined {
  for (const selector of PUBLISHED_SELECTORS) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? element?.textContent;
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

/**
 * `YYYY-MM-DD` of a published time: the date as the publisher wrote it where the value starts
 * with one (`2025-03-14T23:10:00-05:00` is the 14th, where it was published), else the UTC
 * date of any other form `Date` reads.
 */
export function publishedDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const written = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (written) return isIsoDate(written) ? written : undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** Plain text of the article's DOM: blocks as paragraphs, whitespace collapsed (iterative: pages can nest deeply). */
function articleText(root: Node): string {
  const pieces: string[] = [];
  let pending = '';
  const breakWith = (separator: string) => {
    if (pieces.length > 0) pieces[pieces.length - 1] = pieces[pieces.length - 1].trimEnd();
    if (separator.length > pending.length) pending = separator;
  };
  const append = (data: string) => {
    let piece = data.replace(/\s+/g, ' ');
    const last = pieces[pieces.length - 1];
    if (pending !== '' || last === undefined || last.endsWith(' ')) piece = piece.trimStart();
    if (piece === '') return;
    if (pending !== '' && last !== undefined) pieces.push(pending);
    pending = '';
    pieces.push(piece);
  };
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      append(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName ?? '';
    if (BLOCKS.has(tag)) breakWith('\n\n');
    else if (LINES.has(tag)) breakWith('\n');
    else if (CELLS.has(tag) && !leaving) append(' ');
    if (leaving) continue;
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  if (pieces.length > 0) pieces[pieces.length - 1] = pieces[pieces.length - 1].trimEnd();
  return pieces.join('');
}
