import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributions, parts } from './helpers.js';

const SEED = readFileSync(new URL('../../../fixtures/north-korea-troops-kursk.txt', import.meta.url), 'utf8');

describe('the seed article', () => {
  const found = attributions(SEED);
  const byCue = (cue: string, contentStart: string) => found.find((f) => f.cue?.text === cue && f.content?.text.startsWith(contentStart));

  it.each([
    ['claims', 'Ukrainian President Zelensky', 'about 11,000 North Koreans are fighting against Ukrainian forces, with approximately 4,000 casualties', false],
    ['warn', 'Military experts', 'Russia may reward North Korea with advanced weapons technology that could enhance Pyongyang’s nuclear program in exchange for continued troop support', false],
    ['warned', 'Ukrainian President Zelensky', 'that North Korea plans to send up to 10,000 soldiers to the front lines', false],
    ['maintaining', 'Ukrainian President Zelensky', 'that approximately 11,000 North Koreans are already fighting against Ukrainian forces', false],
    ['claiming', 'Ukrainian President Zelensky', 'up to 4,000 North Koreans killed', false],
    ['estimated', 'the NIS', 'at 300 dead and 2,700 injured', false],
    ['express', 'Security analysts', 'that Russia may reward North Korea’s military support with advanced weapons technologies that could enhance Pyongyang’s nuclear program', false],
    ['suggest', 'Some observers', 'Kim Jong Un may accelerate troop deployments to secure maximum technological and economic benefits before any potential peace agreement ends the conflict', false],
    ['suggest', 'Reports', 'North Korean officials are considering an “ice burial” approach to eliminate evidence of their soldiers’ deaths', false],
    ['revealed', 'The South Korean National Intelligence Service (NIS)', 'disturbing evidence of increased North Korean military involvement in Ukraine', false],
    ['Says', 'South Korea', 'North Deployed Second Round of Troops to Ukraine War', false],
    ['says', 'Seoul', 'North Korea appears to have sent more troops to Russia to back its war against Ukraine', false],
  ])('%s: %s', (cue, source, content, direct) => {
    const fact = byCue(cue, content);
    expect(fact && parts(fact)).toMatchObject({ source, cue, content, direct });
  });

  it('gives the NIS quotation to the NIS, named by the long form its acronym stands for', () => {
    const fact = byCue('stated', '“Following about a monthlong lull');
    expect(fact && parts(fact)).toMatchObject({ source: 'the NIS', cue: 'stated', direct: true });
    expect(fact?.content?.text).toMatch(/^“Following about a monthlong lull, .* their size is still being examined,”$/);
    expect(fact?.source?.name).toBe('South Korean National Intelligence Service');
  });

  it('gives both according-to quotations to their sources, the quotation as content', () => {
    const joongAng = byCue('According to', 'approximately “1,000 to 3,000');
    expect(joongAng && parts(joongAng)).toMatchObject({ source: 'South Korean newspaper JoongAng', direct: true });
    expect(joongAng?.content?.text).toMatch(/between January and February\.”$/);
    const sources = byCue('According to', '“The Russian military');
    expect(sources && parts(sources)).toMatchObject({ source: 'South Korean intelligence sources', direct: true });
  });

  it('takes the estimate’s source name from the acronym', () => {
    expect(byCue('estimated', 'at 300')?.source?.name).toBe('South Korean National Intelligence Service');
  });

  it('does not take scare quotes and names for speech', () => {
    const contents = found.map((f) => f.content?.text);
    expect(contents).not.toContain('“ice burial”');
    expect(contents).not.toContain('“special military operation”');
    expect(found.some((f) => f.direct && /ice burial|special military operation/.test(f.content?.text ?? '') && !/suggest/.test(f.cue?.text ?? ''))).toBe(false);
  });
});
