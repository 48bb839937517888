import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.js';
import type { LocationFact } from '../../../src/types.js';

const locations = (text: string) => extract(text, { kinds: ['location'] }) as LocationFact[];
const find = (facts: LocationFact[], text: string) => facts.filter((f) => f.text === text);
const spans = (facts: LocationFact[]) => facts.map((f) => [f.text, f.name, f.type]);

describe('features: the longest name wins over a place inside it', () => {
  it('reads `Indian Ocean` as the ocean, not the adjective of India', () => {
    expect(spans(locations('Two tankers collided in the Indian Ocean overnight.'))).toEqual([['Indian Ocean', 'Indian Ocean', 'feature']]);
    // Near miss: the adjective alone is still India's.
    expect(locations('Indian officials denied it.')[0]).toMatchObject({ text: 'Indian', value: 'IN', form: 'adjective' });
  });
  it('reads `Lake Victoria` as the lake, not a town called Victoria', () => {
    expect(spans(locations('Fishermen on Lake Victoria reported a poor catch.'))).toEqual([['Lake Victoria', 'Lake Victoria', 'feature']]);
    expect(locations('She grew up in Victoria, British Columbia.')[0]).toMatchObject({ text: 'Victoria', type: 'city', country: 'CA' });
  });
  it('reads `Gulf of Mexico` and `Persian Gulf` whole, not `Mexico` or a province called Gulf', () => {
    expect(spans(locations('Storms churned the Gulf of Mexico and the Persian Gulf.'))).toEqual([
      ['Gulf of Mexico', 'Gulf of Mexico', 'feature'],
      ['Persian Gulf', 'Persian Gulf', 'feature'],
    ]);
    expect(locations('The ambassador returned to Mexico.')[0]).toMatchObject({ text: 'Mexico', value: 'MX' });
  });
  it('leaves `the` and a possessive outside the span, with exact offsets', () => {
    const text = 'The Black Sea’s ports reopened.';
    const [sea] = locations(text);
    expect(sea).toMatchObject({ text: 'Black Sea', start: 4, end: 13, type: 'feature' });
    expect(text.slice(sea.start, sea.end)).toBe('Black Sea');
  });
  it('reads deltas, peninsulas and lakes that hold another place’s name: `Nile Delta`, `Korean Peninsula`, `Lake Ontario`', () => {
    const facts = locations('Cotton grows in the Nile Delta; talks on the Korean Peninsula stalled; a boat sank on Lake Ontario.');
    expect(facts.map((f) => f.text)).toEqual(['Nile Delta', 'Korean Peninsula', 'Lake Ontario']);
    expect(find(facts, 'Nile Delta')[0]).toMatchObject({ country: 'EG' });
    expect(find(facts, 'Lake Ontario')[0].type).toBe('feature');
  });
});

describe('features: names with Arabic and Spanish particles', () => {
  it('reads a name across `el`, `al` and `la`: `Bab el-Mandeb`, `Shatt al-Arab`, `Río de la Plata`', () => {
    const facts = locations('Tankers left the Bab el-Mandeb and the Shatt al-Arab; ferries crossed the Río de la Plata.');
    expect(facts.map((f) => [f.text, f.type])).toEqual([
      ['Bab el-Mandeb', 'feature'],
      ['Shatt al-Arab', 'feature'],
      ['Río de la Plata', 'feature'],
    ]);
    expect(locations('Divers flew to Sharm el-Sheikh.')[0]).toMatchObject({ text: 'Sharm el-Sheikh', country: 'EG' });
  });
});

describe('features: rivers', () => {
  it('reads a river in its usual forms: `the Nile`, `Danube River`, `River Thames`', () => {
    const facts = locations('Barges moved along the Nile, the Danube River and the River Thames.');
    expect(spans(facts)).toEqual([
      ['Nile', 'Nile River', 'feature'],
      ['Danube River', 'Danube River', 'feature'],
      ['River Thames', 'Thames River', 'feature'],
    ]);
  });
  it('reads `Mississippi River` as the river, but `Mississippi` alone as the state', () => {
    expect(locations('Floods rose along the Mississippi River.')[0]).toMatchObject({ text: 'Mississippi River', type: 'feature' });
    expect(locations('Voters in Mississippi went to the polls.')[0]).toMatchObject({ text: 'Mississippi', type: 'region', country: 'US' });
  });
  it('places a river on its middle course, in the country it lies in', () => {
    const [thames] = locations('Rowers trained on the Thames.');
    expect(thames).toMatchObject({ country: 'GB' });
    expect(Math.abs(thames.lat! - 51.5)).toBeLessThan(0.5);
  });
});

describe('features: a one-word name that needs `the`', () => {
  it('reads `the Pacific` as the ocean, not a town called Pacific', () => {
    expect(spans(locations('The crew sailed across the Pacific in a month.'))).toEqual([['Pacific', 'Pacific Ocean', 'feature']]);
  });
  it('does not read the word as the ocean inside another name: `Union Pacific`, `the Atlantic Council`', () => {
    const facts = locations('Union Pacific cut jobs, the Atlantic Council said.');
    expect(facts.filter((f) => f.type === 'feature')).toEqual([]);
  });
  it('reads `The Atlantic` that opens a sentence as the ocean', () => {
    expect(locations('The Atlantic is warming fast.')[0]).toMatchObject({ text: 'Atlantic', name: 'Atlantic Ocean' });
  });
  it('reads the name after `THE` in an upper-case headline: `FERRY CROSSES THE ATLANTIC`', () => {
    expect(locations('FERRY CROSSES THE ATLANTIC\nThe voyage took a week.')[0]).toMatchObject({ text: 'ATLANTIC', name: 'Atlantic Ocean' });
  });
  it('reads `the Amazon` as the river, but `Amazon` alone as no place (the company)', () => {
    expect(locations('Loggers cleared land near the Amazon.')[0]).toMatchObject({ text: 'Amazon', type: 'feature' });
    expect(locations('Amazon said its profits rose.')).toEqual([]);
  });
});

describe('features: a name two features share is read by the article’s other places', () => {
  it('reads `the Gulf` beside Iran and Saudi Arabia as the Persian Gulf', () => {
    const facts = locations('Tensions in the Gulf grew as Iran and Saudi Arabia traded threats.');
    expect(find(facts, 'Gulf')[0]).toMatchObject({ name: 'Persian Gulf', type: 'feature' });
  });
  it('reads `the Gulf` beside Texas and Louisiana as the Gulf of Mexico', () => {
    const facts = locations('Oil rigs in the Gulf were evacuated as the storm neared Texas and Louisiana.');
    expect(find(facts, 'Gulf')[0]).toMatchObject({ name: 'Gulf of Mexico', type: 'feature' });
  });
  it('reads `the Gulf` with no other hint as the Persian Gulf, and beside Papua New Guinea as its Gulf Province', () => {
    expect(locations('Warships gathered in the Gulf.')[0]).toMatchObject({ name: 'Persian Gulf' });
    const facts = locations('Officials in Papua New Guinea said the Gulf was flooded.');
    expect(find(facts, 'Gulf')[0]).toMatchObject({ name: 'Gulf Province', country: 'PG' });
  });
  it('reads `the Red Sea` beside Egypt as the sea its shores hold, not the Egyptian governorate of its name', () => {
    const facts = locations('A freighter sank in the Red Sea, Egyptian officials said.');
    expect(find(facts, 'Red Sea')[0]).toMatchObject({ name: 'Red Sea', type: 'feature' });
    // Near miss: with its kind word the governorate is meant.
    expect(locations('Police in the Red Sea Governorate said.')[0]).toMatchObject({ type: 'region', country: 'EG' });
  });
  it('reads `the Great Lakes` beside Rwanda as Africa’s, beside Michigan as North America’s', () => {
    expect(find(locations('Refugees crossed the Great Lakes region as Rwanda and Burundi closed borders.'), 'Great Lakes')[0]).toMatchObject({ name: 'African Great Lakes' });
    expect(find(locations('Shipping on the Great Lakes resumed in Michigan.'), 'Great Lakes')[0]).toMatchObject({ name: 'Great Lakes', lat: 45 });
  });
  it('reads a feature before `region` as the feature, not a province of its name: `the Gulf region`', () => {
    expect(find(locations('More warships moved into the Gulf region after Iraq massed troops.'), 'Gulf')[0]).toMatchObject({ name: 'Persian Gulf' });
  });
  it('still reads a name a country and a state share by the article: `Georgia`', () => {
    expect(find(locations('Protesters in Georgia marched through Tbilisi.'), 'Georgia')[0]).toMatchObject({ type: 'country', value: 'GE' });
    expect(find(locations('Voters in Georgia lined up in Atlanta.'), 'Georgia')[0]).toMatchObject({ type: 'region', country: 'US' });
  });
});

describe('named regions', () => {
  it('reads regions news writes about, with their country where they lie in one', () => {
    const facts = locations('Shelling went on in Donbas, farmers in the Midwest worried, and aid reached Darfur and the Sahel.');
    expect(facts.map((f) => [f.text, f.type, f.country])).toEqual([
      ['Donbas', 'region', 'UA'],
      ['Midwest', 'region', 'US'],
      ['Darfur', 'region', 'SD'],
      ['Sahel', 'region', undefined],
    ]);
  });
  it('reads a region’s demonym as an adjective of the region: `South Ossetian`, `Siberian`', () => {
    const facts = locations('South Ossetian officials met Siberian miners.');
    expect(facts.map((f) => [f.text, f.name, f.form])).toEqual([
      ['South Ossetian', 'South Ossetia', 'adjective'],
      ['Siberian', 'Siberia', 'adjective'],
    ]);
    // Near miss: a continent's adjective inside a longer region's stays the longer one's.
    expect(locations('Central American migrants waited.')[0]).toMatchObject({ text: 'Central American', name: 'Central America' });
  });
  it('reads `the Caribbean` as the region, but not the adjective `Caribbean` before a noun without `the`', () => {
    expect(locations('Hurricanes swept the Caribbean.')[0]).toMatchObject({ text: 'Caribbean', type: 'region' });
    expect(locations('Caribbean leaders met on Monday.').filter((f) => f.type === 'region')).toEqual([]);
  });
  it('reads `West Coast` beside a US state as the American one', () => {
    const facts = locations('Fires spread along the West Coast from California to Oregon.');
    expect(find(facts, 'West Coast')[0]).toMatchObject({ type: 'region', country: 'US' });
  });
});

describe('features: where a river is', () => {
  it('puts a river at its mouth, as GeoNames does: the Danube at the Black Sea, not in Hungary', () => {
    const [danube] = locations('Barges carried grain down the Danube.');
    expect(danube).toMatchObject({ text: 'Danube', type: 'feature' });
    // The delta lies near 45.2° N, 29.7° E; Budapest, on its middle course, is 800 km away.
    expect(Math.abs(danube.lat! - 45.2) + Math.abs(danube.lon! - 29.7)).toBeLessThan(1);
  });
});
