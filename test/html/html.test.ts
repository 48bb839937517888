import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, publishedDate, readHtml } from '../../src/input/html.js';
import { modeFor } from '../../src/input/read.js';
import { processDocument } from '../../src/process.js';
import type { DocumentResult, Fact } from '../../src/types.js';
import { parseJsonLines, ROOT, runFactx } from '../helpers.js';

const PAGES = `${ROOT}fixtures/html/`;
const page = (name: string) => readFileSync(`${PAGES}${name}`, 'utf8');
type Ok = { id: string; title?: string; byline?: string; published?: string; text?: string; facts: Fact[] };

/** Page furniture of the saved pages that must never reach the article text. */
const FURNITURE: Record<string, string[]> = {
  'harbour-ferry.html': [
    'cookies', 'Subscribe for', 'Weather', 'Advertisement', 'Win a cruise', 'Share on', 'Related stories', 'Bridge closed',
    'seadog77', '40 pounds', 'Join the discussion', 'Most read', 'Lottery', 'Registered in', 'dataLayer', 'loaded 3 modules', 'NewsArticle',
  ],
  'reservoir-levels.htm': ['Log in', 'Obituaries', 'Home', 'Get the morning briefing', 'Sign up', 'Share this', 'Tags:', 'thoughts on', 'Gardener Jo', '1995', 'Trending', 'Advertise', '_sf_async_config', 'disqus', 'display:none'],
  'council-budget.html': ['Skip to content', 'Jobs', 'Search', 'Sponsored', 'Switch energy', 'Reader comments', 'taxpayer_22', '12% allowance', 'You may also like', 'celebrities', 'Regional Media Group', '__consent'],
};

describe('the article of a saved web page', () => {
  it.each([
    ['harbour-ferry.html', { title: 'Harbour ferry service to double crossings by summer', byline: 'Maren Holt', published: '2025-03-14' }, 'JSON-LD'],
    ['reservoir-levels.htm', { title: 'Reservoir levels fall to lowest point in a decade', byline: 'Priya Natarajan', published: '2024-08-22' }, 'article:published_time'],
    ['council-budget.html', { title: 'Council backs budget with cuts to library hours', byline: 'Daniel Okafor', published: '2024-11-05' }, 'itemprop=datePublished'],
  ])('%s: title, byline and published date from the page metadata (%s)', (name, metadata) => {
    expect(readHtml(page(name))).toMatchObject(metadata);
  });

  it.each(Object.entries(FURNITURE))('%s: keeps the story, drops navigation, adverts, comments and scripts', (name, furniture) => {
    const { text } = readHtml(page(name));
    for (const words of furniture) expect(text, `"${words}" is page furniture`).not.toContain(words);
  });

  it('keeps every paragraph of the story, one per block, separated by a blank line', () => {
    const { text } = readHtml(page('harbour-ferry.html'));
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^The regional transport board approved a plan on Thursday .* morning sailings\.$/);
    expect(paragraphs[2]).toBe(
      '“Islanders have waited long enough for a service that fits their working day,” said Tomas Berg, who chairs the board. He added that fares would be frozen until at least January 2026.',
    );
    expect(paragraphs[4]).toBe('Oster Island, home to about 9,000 people, lies 11 km off the coast of Norland.');
  });

  it('decodes entities, collapses whitespace and puts table rows on lines of their own', () => {
    const { text } = readHtml(page('council-budget.html'));
    expect(text).toContain('a budget of €184 million for next year');
    expect(text).toContain('Service 2025 budget\nAdult social care €71 million\nLibraries €3.1 million');
    expect(text).not.toMatch(/ {2}|\t| \n|\n /);
  });

  it('leaves an article alone whose wrapper merely mentions a furniture word', () => {
    const html = `<html><body><div class="story has-social-links promo-free-zone"><h1>Flood</h1>
      <p>The river rose by 2 metres overnight in the lower town, and about 300 homes were evacuated by the fire service.</p>
      <p>Officials said the water would fall by Friday, but warned that more rain was forecast for the region next week.</p>
      <div class="ad-inline">Buy now</div></div></body></html>`;
    const { text } = readHtml(html);
    expect(text).toContain('about 300 homes were evacuated');
    expect(text).not.toContain('Buy now');
  });

  it('reads nested markup, and refuses a page nested past MAX_DEPTH (Readability would take minutes)', () => {
    const nested = (depth: number) =>
      `<html><body>${'<div>'.repeat(depth)}<p>About 40 boats were counted in the harbour on the first morning of the regatta, said the organisers.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(readHtml(nested(60)).text).toBe('About 40 boats were counted in the harbour on the first morning of the regatta, said the organisers.');
    expect(() => readHtml(nested(MAX_DEPTH + 10))).toThrow(`nested deeper than ${MAX_DEPTH}`);
  });

  it('fails a page without any text', () => {
    expect(() => readHtml('<html><head><script>var x = 1;</script></head><body><img src="a.png"></body></html>')).toThrow('no readable article');
  });
});

describe('published dates', () => {
  it.each([
    ['2025-03-14T23:10:00-05:00', '2025-03-14'],
    ['2025-03-14', '2025-03-14'],
    ['Fri, 14 Mar 2025 10:00:00 GMT', '2025-03-14'],
    ['2025-02-30T10:00:00Z', undefined],
    ['last Tuesday', undefined],
    ['', undefined],
  ])('%j is %j', (value, date) => {
    expect(publishedDate(value)).toBe(date);
  });
});

describe('web pages through factx', () => {
  it('reads .html and .htm files as web pages', () => {
    expect(modeFor('a/page.html', 'auto')).toBe('html');
    expect(modeFor('a/PAGE.HTM', 'auto')).toBe('html');
    expect(modeFor('a/page.html', 'text')).toBe('text');
  });

  it('gives facts whose offsets refer to the article text that --include-text adds', () => {
    const run = runFactx([PAGES, '--format', 'jsonl', '--include-text']);
    expect(run.status).toBe(0);
    const records = parseJsonLines(run.stdout) as Ok[];
    expect(records.map((r) => r.id.replace(PAGES, ''))).toEqual(['council-budget.html', 'harbour-ferry.html', 'reservoir-levels.htm']);
    for (const record of records) {
      expect(record.facts.length).toBeGreaterThan(5);
      for (const fact of record.facts) expect(record.text!.slice(fact.start, fact.end)).toBe(fact.text);
    }
    const ferry = records[1];
    expect(ferry.facts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'quantity', text: '610,000', value: 610000 })]));
    expect(ferry.facts.some((f) => f.text.includes('500') || f.text.includes('40 pounds'))).toBe(false);
  });

  it('uses the published date as the reference date, before --ref-date', () => {
    const run = runFactx([`${PAGES}harbour-ferry.html`, '--kinds', 'date', '--ref-date', '2020-01-01']);
    const [record] = parseJsonLines(run.stdout) as Ok[];
    expect(record.published).toBe('2025-03-14');
    expect(record.facts.find((f) => f.text === 'Thursday')).toMatchObject({ value: '2025-03-13' });
  });

  it('falls back to --ref-date for a page without a published date', () => {
    const html = '<html><head><title>Vote</title></head><body><article><h1>Vote</h1><p>The council met on Thursday and voted to keep the pool open for another 12 months, the mayor said after the meeting.</p></article></body></html>';
    const run = runFactx(['--input', 'html', '--kinds', 'date', '--ref-date', '2024-06-07'], { input: html });
    const [record] = parseJsonLines(run.stdout) as Ok[];
    expect(record).not.toHaveProperty('published');
    expect(record.facts.find((f) => f.text === 'Thursday')).toMatchObject({ value: '2024-06-06' });
  });

  it('reads stdin as a page with --input html, and writes no text without --include-text', () => {
    const run = runFactx(['--input', 'html', '--kinds', 'quantity'], { input: page('reservoir-levels.htm') });
    expect(run.status).toBe(0);
    const [record] = parseJsonLines(run.stdout) as Ok[];
    expect(record).toMatchObject({ id: 'stdin', title: 'Reservoir levels fall to lowest point in a decade', published: '2024-08-22' });
    expect(record).not.toHaveProperty('text');
    expect(record.facts.map((f) => f.text)).toContain('240,000');
  });

  it('writes an error record and exits 1 for a page without any text', () => {
    const run = runFactx(['--input', 'html'], { input: '<html><body><script>document.write("hi")</script></body></html>' });
    expect(run.status).toBe(1);
    expect(parseJsonLines(run.stdout)).toEqual([{ id: 'stdin', error: 'no readable article in the page' }]);
  });

  it('is the same record from the library', async () => {
    const result: DocumentResult = await processDocument({ id: 'p', text: page('council-budget.html'), format: 'html' }, { kinds: ['quantity'], includeText: true });
    expect(result).toMatchObject({ id: 'p', byline: 'Daniel Okafor', published: '2024-11-05', text: expect.stringContaining('€184 million') });
  });
});
