import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.js';
import type { LocationFact } from '../../../src/types.js';

const locations = (text: string) => extract(text, { kinds: ['location'] }) as LocationFact[];
const find = (facts: LocationFact[], text: string) => facts.filter((f) => f.text === text);

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('seed article: every place resolves to its country and coordinates', () => {
  const facts = locations(readFileSync(new URL('../../../fixtures/north-korea-troops-kursk.txt', import.meta.url), 'utf8'));
  const expected: [string, string, number, number][] = [
    ['North Korea', 'KP', 40, 127],
    ['South Korea', 'KR', 36.5, 127.8],
    ['Russia', 'RU', 60, 100],
    ['Ukraine', 'UA', 49, 32],
    ['Kursk', 'RU', 51.7, 36.2],
    ['Pyongyang', 'KP', 39.03, 125.75],
    ['Moscow', 'RU', 55.75, 37.62],
    ['Crimea', 'UA', 45, 34],
    ['Seoul', 'KR', 37.57, 126.98],
  ];
  it.each(expected)('%s is in %s', (text, country, lat, lon) => {
    const found = find(facts, text);
    expect(found.length).toBeGreaterThan(0);
    for (const fact of found) {
      expect(fact.country).toBe(country);
      expect(km(fact.lat!, fact.lon!, lat, lon)).toBeLessThan(161);
    }
  });
  it('finds no place the article does not name (an agency acronym is not a Serbian city)', () => {
    expect(facts.every((f) => f.country && ['KP', 'KR', 'RU', 'UA'].includes(f.country))).toBe(true);
  });
});

describe('mentions', () => {
  it('trims possessives and leaves the kind word out: `Russia’s Kursk region`', () => {
    const facts = locations('Troops went back to Russia’s Kursk region last week.');
    expect(facts.map((f) => [f.text, f.type, f.value])).toEqual([
      ['Russia', 'country', 'RU'],
      ['Kursk', 'region', 'RU-KRS'],
    ]);
  });
  it('marks demonyms as adjectives resolved to their country, not names', () => {
    const [fact] = locations('Ukrainian forces held the line.');
    expect(fact).toMatchObject({ text: 'Ukrainian', form: 'adjective', value: 'UA', type: 'country' });
  });
  it('keeps `County` in the span: `Orange County`', () => {
    expect(locations('Fires spread across Orange County on Monday.')[0].text).toBe('Orange County');
  });
  it('reads a hyphenated name as one place: `Schleswig-Holstein`, not a lone `Holstein`', () => {
    const facts = locations('Storm surges battered the coast of Schleswig-Holstein overnight.');
    expect(facts.map((f) => [f.text, f.country])).toEqual([['Schleswig-Holstein', 'DE']]);
  });
  it('does not read a person as a place: `Jordan Peterson`', () => {
    expect(locations('Jordan Peterson gave a lecture.')).toEqual([]);
  });
  it('reads a country in brackets after a person as a place: `Sam Porter ( Jordan )`', () => {
    expect(locations('Sam Porter ( Jordan ) won the heat.').map((f) => [f.text, f.value])).toEqual([['Jordan', 'JO']]);
  });
  it('reads `American` as the United States, not a territory that shares the demonym', () => {
    expect(locations('An American diplomat arrived.')[0]).toMatchObject({ text: 'American', value: 'US' });
  });
  it('reads an abbreviated first word as part of the name: `St. Petersburg`, `Ft. Hood`', () => {
    expect(locations('He moved to St. Petersburg last year.')[0]).toMatchObject({ text: 'St. Petersburg', country: 'RU' });
    expect(locations('Troops at Ft. Hood trained.')[0]).toMatchObject({ text: 'Ft. Hood', country: 'US' });
    expect(locations('Pat said it was fine. Paris was quiet.').map((f) => f.text)).toEqual(['Paris']);
  });
  it('reads a short upper-case name in a headline or dateline as the place: `SEOUL 2019-05-02`', () => {
    expect(locations('SEOUL 2019-05-02\nTalks resumed.')[0]).toMatchObject({ text: 'SEOUL', country: 'KR' });
    expect(locations('South Korea’s NIS said on Monday that talks resumed.').map((f) => f.text)).toEqual(['South Korea']);
  });
  it('does not read a word as a gazetteer abbreviation written otherwise: `Act` is not the ACT', () => {
    expect(find(locations('The Coastal Fisheries Act of 1999 set new quotas.'), 'Act')).toEqual([]);
    expect(locations('Officials in the ACT said on Tuesday.')[0]).toMatchObject({ text: 'ACT', value: 'AU-ACT', type: 'region' });
  });
  it('reads a lone word that is also a person’s name as a town only with a sign of a place: `Tyler`', () => {
    expect(locations('Tyler said the plan would work.')).toEqual([]);
    expect(locations('Police in Tyler said the road was closed.')[0]).toMatchObject({ text: 'Tyler', country: 'US' });
    expect(find(locations('Tyler is the largest city in Smith County, Texas.'), 'Tyler')[0]).toMatchObject({ country: 'US' });
  });
  it('reads a country’s name that opens a sentence, though the parse does not know it: `Britain says…`', () => {
    expect(locations('Britain says the talks will go on.')[0]).toMatchObject({ text: 'Britain', value: 'GB' });
  });
  it('and a big city’s name there that the parse does not know, though it tags it a common noun: `Mariupol fell…`', () => {
    expect(locations('Mariupol fell to the army on Monday.')[0]).toMatchObject({ text: 'Mariupol', country: 'UA' });
    // Near miss: a word the parse knows is a word, whatever town bears its name.
    expect(locations('Energy prices rose on Monday.')).toEqual([]);
  });
  it('and a country’s demonym there, which the parse tags an adjective: `British troops…`', () => {
    expect(locations('British troops left the base.')[0]).toMatchObject({ text: 'British', value: 'GB', form: 'adjective' });
  });
  it('reads a place hyphened to a lower-case word: `the Calgary-based firm`, not `Long-range`', () => {
    expect(locations('The Calgary-based company grew.')[0]).toMatchObject({ text: 'Calgary', country: 'CA' });
    expect(locations('The Russian-backed offensive went on.')[0]).toMatchObject({ text: 'Russian', value: 'RU' });
    expect(locations('Long-range missiles flew over the sea.')).toEqual([]);
  });
  it('does not keep a tagged name that names a body or a title: `City Council`, `County Commissioner`', () => {
    expect(locations('The City Council voted on Tuesday.')).toEqual([]);
    expect(locations('The County Commissioner resigned.')).toEqual([]);
    expect(locations('Township Attorney Dana Reyes said the permit was needed.')).toEqual([]);
    expect(locations('Grants came from the Harlow Memorial Fund in May.')).toEqual([]);
    expect(locations('Crowds gathered outside City Hall on Main Street.').map((f) => f.text)).toEqual(['City Hall', 'Main Street']);
  });
  it('nor one that names a building: `Marlowe House`, `Alder Grand Hotel`', () => {
    expect(locations('The concert was held at Marlowe House on Friday.')).toEqual([]);
    expect(locations('Guests stayed at the Alder Grand Hotel downtown.')).toEqual([]);
  });
  it('reads a name that opens a sentence before a dash as a dateline: `COLUMBUS -- …`', () => {
    expect(locations('Viaduct on pace. COLUMBUS -- Mild weather helps.')[0]).toMatchObject({ text: 'COLUMBUS', country: 'US' });
    expect(locations('Viaduct on pace. COLUMBUS said the weather helps.')).toEqual([]);
  });
  it('does not read months or sentence-initial words as towns', () => {
    expect(locations('Most of them left in March with little money.')).toEqual([]);
  });
});

describe('disambiguation', () => {
  it('reads `Paris` beside `Texas` as the Texan town', () => {
    const paris = find(locations('The fair moved from Paris, Texas, to Dallas.'), 'Paris')[0];
    expect(paris).toMatchObject({ country: 'US' });
  });
  it('reads `Paris` alone as the French capital', () => {
    expect(locations('She flew to Paris yesterday.')[0]).toMatchObject({ country: 'FR', value: 'geonames:2988507' });
  });
  it('reads `Georgia` beside Atlanta as the US state, beside Tbilisi as the country', () => {
    expect(find(locations('Atlanta is the biggest city in Georgia.'), 'Georgia')[0]).toMatchObject({ type: 'region', country: 'US' });
    expect(find(locations('Tbilisi is the capital of Georgia.'), 'Georgia')[0]).toMatchObject({ type: 'country', value: 'GE' });
  });
  it('reads the first of a two-place country name alone as the country: `Trinidad`, `Bosnia`', () => {
    expect(locations('The ferry left Trinidad at dawn.')[0]).toMatchObject({ text: 'Trinidad', type: 'country', value: 'TT' });
    expect(locations('Aid convoys crossed into Bosnia.')[0]).toMatchObject({ text: 'Bosnia', type: 'country', value: 'BA' });
  });
  it('prefers a national capital over a bigger state of the same name: `Washington`', () => {
    expect(locations('Officials in Washington said on Monday.')[0]).toMatchObject({ country: 'US', type: 'city' });
  });
  it('does not let a name support itself when written with a possessive: `Alexandria’s` beside Virginia', () => {
    const facts = locations('Alexandria’s mayor spoke on Monday. Later, Alexandria police said the man would be sent back to Virginia for trial.');
    expect(find(facts, 'Alexandria').map((f) => f.country)).toEqual(['US', 'US']);
  });
  it('reads a town beside a nearby town as the one near it: `Jordan` beside `Shakopee`, not the kingdom', () => {
    expect(find(locations('Firefighters from Jordan drove to Shakopee overnight.'), 'Jordan')[0]).toMatchObject({ type: 'city', country: 'US' });
    expect(find(locations('The king of Jordan met officials in Amman.'), 'Jordan')[0]).toMatchObject({ type: 'country', value: 'JO' });
  });
  it('reads two ambiguous local names as the pair that lie near each other: `Clark County` and `Springfield`, Ohio', () => {
    const [county, town] = locations('Deputies from Clark County drove to Springfield.');
    expect([county.value, town.value]).toEqual(['US.OH.023', 'geonames:4525353']);
    // Near-miss: the most populous readings (Clark County, Nevada; Springfield, Missouri) lie far apart.
    expect(km(county.lat!, county.lon!, town.lat!, town.lon!)).toBeLessThan(80);
  });
  it('reads a name beside other states of its country as the state: `California` in a list of states', () => {
    expect(locations('Visitors came from California, Washington, Utah and Idaho.')[0]).toMatchObject({ text: 'California', value: 'US-CA' });
    // Near-miss: beside a town of Iowa, `Nevada` is the Iowa town.
    expect(locations('Visitors came from Nevada and Story City.')[0]).toMatchObject({ text: 'Nevada', type: 'city' });
  });
  it('reads a town beside its province as the one in that province (subdivisions carry the towns’ GeoNames codes)', () => {
    expect(find(locations('Richmond grew fast as British Columbia boomed.'), 'Richmond')[0]).toMatchObject({ country: 'CA' });
    expect(find(locations('Richmond is the capital of Virginia.'), 'Richmond')[0]).toMatchObject({ country: 'US' });
  });
});

describe('gazetteer subdivisions', () => {
  it('names a subdivision without its kind word, unless that leaves an English adjective: `Free State`', () => {
    expect(locations('Farmers in the Free State harvested maize.')[0]).toMatchObject({ text: 'Free State', value: 'ZA-FS' });
    expect(locations('Free elections were held in the spring.')).toEqual([]);
    expect(locations('Troops entered the Kursk region.')[0]).toMatchObject({ text: 'Kursk', value: 'RU-KRS' });
  });
  it('reads the demonyms of Britain’s nations as their nations: `Scottish`', () => {
    expect(locations('Thousands of Scottish fans sang.')[0]).toMatchObject({ text: 'Scottish', value: 'GB-SCT', form: 'adjective' });
  });
  it('knows the Middle East, though it has no code', () => {
    const [region] = locations('Oil from the Middle East rose.');
    expect(region).toMatchObject({ text: 'Middle East', type: 'region' });
    expect(region.value).toBeUndefined();
  });
  it('reads `Latin American` as South America and `North American` as North America, not as the `American` in them', () => {
    expect(locations('Latin American leaders met on Monday.')[0]).toMatchObject({ text: 'Latin American', value: 'geonames:6255150', form: 'adjective' });
    expect(locations('North American markets fell.')[0]).toMatchObject({ text: 'North American', value: 'geonames:6255149', form: 'adjective' });
  });
  it('places the EU at its geographic centre, not at Brussels', () => {
    const [eu] = locations('The EU agreed new rules.');
    expect(km(eu.lat!, eu.lon!, 50.1, 9.2)).toBeLessThan(161);
  });
  it('places a country near the middle of its main landmass: the US near Lebanon, Kansas, the centre of the lower 48', () => {
    const [us] = locations('Exports from the United States rose.');
    expect(km(us.lat!, us.lon!, 39.83, -98.58)).toBeLessThan(161);
    // Near-miss: a country whose listed point is already central stays where it is.
    const [russia] = locations('Exports from Russia rose.');
    expect(km(russia.lat!, russia.lon!, 60, 100)).toBeLessThan(161);
  });
  it('places a subdivision at the centre of its towns', () => {
    const [kansas] = locations('Wheat prices rose in Kansas.');
    expect(km(kansas.lat!, kansas.lon!, 38.5, -98.5)).toBeLessThan(161);
  });
  it('but a vast one settled at one edge near its middle, where Natural Earth labels it: Ontario, Alaska', () => {
    // Their towns' mean lies by Lake Erie and by Anchorage, hundreds of km from the middle.
    const [ontario] = locations('Snow fell across Ontario.');
    const [alaska] = locations('Snow fell across Alaska.');
    expect(km(ontario.lat!, ontario.lon!, 50.5, -84.8)).toBeLessThan(161);
    expect(km(alaska.lat!, alaska.lon!, 64.5, -151)).toBeLessThan(161);
  });
});

describe('counties', () => {
  it('knows Britain’s `-shire` counties: `North Yorkshire`', () => {
    expect(locations('Farmers in North Yorkshire lost sheep.')[0]).toMatchObject({ text: 'North Yorkshire', type: 'region', country: 'GB' });
  });
  it('reads names in a list that ends in `counties` as counties: `Franklin and Madison counties`', () => {
    const facts = locations('Volunteers from Franklin and Madison counties joined the search.');
    expect(facts.map((f) => [f.text, f.type, f.value])).toEqual([
      ['Franklin', 'region', 'US.OH.049'],
      ['Madison', 'region', 'US.OH.097'],
    ]);
    expect(locations('A Madison Co. man was hurt.')[0]).toMatchObject({ text: 'Madison', type: 'region' });
    // Near-miss: without the kind word the name is a town.
    expect(locations('Police in Franklin said the road was closed.')[0]).toMatchObject({ text: 'Franklin', type: 'city' });
  });
  it('reads `Hall County` as the county in the state the article names', () => {
    const georgia = locations('Deputies in Hall County, Georgia, closed the road.');
    expect(georgia.map((f) => [f.text, f.type, f.country])).toEqual([
      ['Hall County', 'region', 'US'],
      ['Georgia', 'region', 'US'],
    ]);
    const [hall] = georgia;
    expect(km(hall.lat!, hall.lon!, 34.3, -83.8)).toBeLessThan(161);
    const [nebraska] = locations('Deputies in Hall County closed the road near Grand Island, Nebraska.');
    expect(km(nebraska.lat!, nebraska.lon!, 40.9, -98.5)).toBeLessThan(161);
  });
});

describe('datelines', () => {
  it('reads an upper-case name that opens a line before the date as a place, whatever the parse tags it: `BONN 1997-03-14`', () => {
    expect(locations('Talks open .\nBONN 1997-03-14\nThe government said so.').map((f) => f.text)).toEqual(['BONN']);
    expect(locations('Debate talks .\nFRESNO , Calif 1997-03-14\nThe teams met.').map((f) => f.text)).toContain('FRESNO');
  });
  it('reads a dateline before a single dash and the story: `CHARLESTON, W.Va. - Jim…`, `OMAHA -- A…`, not a headline’s slug', () => {
    expect(locations('Pig kissed.\nCHARLESTON, W.Va. - Ann Porter won.').map((f) => f.text)).toContain('CHARLESTON');
    expect(locations('Rural residents. OMAHA -- A new survey says so.').map((f) => f.text)).toEqual(['OMAHA']);
    expect(locations('CRICKET - ESSEX WIN TITLE .').map((f) => f.text)).not.toContain('CRICKET');
  });
  it('reads a dateline before a dash and a one-letter word: `MILFORD - A driver…`', () => {
    expect(locations('Crash on ramp.\nMILFORD - A driver was hurt.').map((f) => f.text)).toEqual(['MILFORD']);
  });
  it('does not read a name inside a line before a date as a dateline', () => {
    expect(locations('The report by BONN 1997-03-14 was late.')).toEqual([]);
  });
});

describe('names that are not places there', () => {
  it('does not read the head of a war’s or a holiday’s name as a place: `Gulf War`, `St. Patrick’s Day`', () => {
    expect(locations('He served in the Gulf War before moving to Ohio.').map((f) => f.text)).toEqual(['Ohio']);
    expect(locations('Parades mark St. Patrick’s Day in Boston.').map((f) => f.text)).toEqual(['Boston']);
    expect(locations('Ships waited in the Gulf on Monday.').map((f) => f.text)).toEqual(['Gulf']);
  });
  it('nor the place a sporting event is named after: `the Texas Open`, `the Monaco Grand Prix`', () => {
    expect(locations('He won the Texas Open and then flew to Paris.').map((f) => f.text)).toEqual(['Paris']);
    expect(locations('The Monaco Grand Prix drew record crowds to Nice.').map((f) => f.text)).toEqual(['Nice']);
    // Near miss: a place the event is held in stays.
    expect(locations('The open championship was played in Texas.').map((f) => f.text)).toEqual(['Texas']);
  });
  it('nor in a headline\'s capitals: `GREATER HARTFORD OPEN`, `ZURICH GRAND PRIX`', () => {
    expect(locations('GOLF - LEAD AT GREATER HARTFORD OPEN .').map((f) => f.text)).toEqual([]);
    expect(locations('ATHLETICS - ZURICH GRAND PRIX STANDINGS .').map((f) => f.text)).toEqual([]);
    expect(locations('Rain fell on ZURICH on Friday.').map((f) => f.text)).toEqual(['ZURICH']);
  });
  it('nor a person’s surname that news gives with an age: `Melvin Ortega Paris, 38,` and later `Paris told them`', () => {
    const text = 'Officers said Melvin Ortega Paris, 38, was hurt. Paris told them he fell near Austin.';
    expect(locations(text).map((f) => f.text)).toEqual(['Austin']);
    // A given name the parse does not know, before a surname it does.
    expect(locations('Davonte Lincoln, 22, was shot by officers in Nebraska. Lincoln’s family asked for an inquiry.').map((f) => f.text)).toEqual(['Nebraska']);
    // Near miss: the same comma and number after a town that follows no name.
    expect(locations('Rain fell on Dover, 51, and more.').map((f) => f.text)).toEqual(['Dover']);
  });
  it('nor a surname after a short title where the parse ended a sentence at the title’s period: `Const. Kofi Denton`', () => {
    expect(locations('The Taser was fired by RCMP Const. Kofi Denton, one of four officers. Denton said he fell.')).toEqual([]);
  });
  it('nor a word the parse knows as a company, unless a preposition places it: `a Hitachi drill`, `in Hitachi`', () => {
    expect(locations('She bought a Hitachi drill for work.')).toEqual([]);
    expect(locations('He worked in Hitachi for a year.')[0]).toMatchObject({ text: 'Hitachi', country: 'JP' });
  });
  it('trims a weekday the parse ran into a street name: `Mill Creek Road Tuesday`', () => {
    expect(locations('Two hikers tried to cross Mill Creek Road Tuesday evening.').map((f) => f.text)).not.toContain('Mill Creek Road Tuesday');
  });
  it('does not read a column head of a table as a place: `W L PCT GB`', () => {
    expect(locations('Standings\nW L PCT GB\nBoston 74 59 .556 -')).toEqual([]);
  });
});

describe('names after a kind of place or a direction', () => {
  it('reads a bracketed word the gazetteer lacks as a country in a list of people given with their countries', () => {
    const list = 'Results :\n1. Sam Porter ( Kenya ) 20.02\n2. Omar Aziz ( Pakistan ) 20.10\n3. Petar Ilic ( Yugoslavia ) 20.37';
    expect(locations(list).map((f) => f.text)).toEqual(['Kenya', 'Pakistan', 'Yugoslavia']);
    expect(locations('Shares of Acme ( Holdings ) rose.')).toEqual([]);
  });
  it('reads the name after `the town of` as a place the gazetteer may lack: `the town of Zitlala`', () => {
    expect(locations('Police in the town of Zitlala said the road was closed.').map((f) => f.text)).toEqual(['Zitlala']);
  });
  it('does not read a lower-case or adjective word after it: `the city of our dreams`', () => {
    expect(locations('It was the city of our dreams.')).toEqual([]);
  });
  it('reads a name after a lower-case direction as a place: `eastern Ghouta`, not `eastern Transylvanian town`', () => {
    expect(locations('Shelling hit eastern Ghouta overnight.').map((f) => f.text)).toEqual(['Ghouta']);
    expect(locations('The firm moved to the central Transylvanian town.')).toEqual([]);
  });
});

describe('small towns placed by their context', () => {
  it('reads names before a plural kind word as places: `Lumpkin and Dawson counties`', () => {
    expect(locations('Enrolment slowed in Lumpkin and Dawson counties this spring.').map((f) => f.text)).toEqual(['Lumpkin', 'Dawson']);
  });
  it('reads a legislator’s home town after the party, though the parse keeps it one word: `D-Charleston`', () => {
    expect(locations('Sen. Ruth Hale, DFL-Cook, said no.').map((f) => f.text)).toEqual(['Cook']);
    expect(locations('Rep. Ann Porter, D-Charleston, objected.').map((f) => [f.text, f.country])).toEqual([['Charleston', 'US']]);
  });
  it('reads the town after a person’s full name and `of`: `Ruth Keller of Millbrook`, not `Joan of Arc`', () => {
    expect(locations('She is survived by Ruth Keller of Millbrook.').map((f) => f.text)).toEqual(['Millbrook']);
    expect(locations('Mary of Millbrook wept.').map((f) => f.text)).not.toContain('Millbrook');
  });
  it('keeps a name that is also a surname where the article names a town beside it: `Henderson` beside `Las Vegas`', () => {
    const text = 'Officials in Las Vegas want to share a fire station with Henderson. Henderson has money, the chief said.';
    expect(find(locations(text), 'Henderson')).toHaveLength(2);
    expect(find(locations(text), 'Henderson')[0]).toMatchObject({ country: 'US' });
    // Near miss: no town beside it, no region: the surname stays a surname.
    expect(locations('The fire chief met Henderson. Henderson has money, the chief said.')).toEqual([]);
  });
});

describe('names the gazetteer lacks', () => {
  it('borrow the point of the place the article names most, and say which: `Magazine Street` in New Orleans', () => {
    const facts = locations('New Orleans opened a market on Magazine Street. In New Orleans, Baton Rouge and Louisiana, crowds came.');
    const [street] = find(facts, 'Magazine Street');
    expect(street).toMatchObject({ near: 'New Orleans', country: 'US' });
    expect(km(street.lat!, street.lon!, 29.95, -90.07)).toBeLessThan(20);
    expect(street.value).toBeUndefined();
  });
  it('stay unplaced where the article names no town, county or state', () => {
    const [ridge] = find(locations('Climbers crossed Hollow Ridge at dawn.'), 'Hollow Ridge');
    expect(ridge?.lat).toBeUndefined();
    expect(ridge?.near).toBeUndefined();
  });
});

describe('the article’s currency', () => {
  it('reads a town in the United States where the article counts money only in dollars', () => {
    expect(locations('The council in Winchester approved $2 million for new roads.')[0]).toMatchObject({ text: 'Winchester', country: 'US' });
    // Near misses: pounds, or no money at all, leave the largest Winchester, in England.
    expect(locations('The council in Winchester approved 2 million pounds for new roads.')[0]).toMatchObject({ country: 'GB' });
    expect(locations('The council in Winchester approved new roads.')[0]).toMatchObject({ country: 'GB' });
  });
});

describe('a town’s name before `City Council`', () => {
  it('is the town’s name alone: `Perth City Council` beside Ottawa is Perth, Ontario, not the Australian city called `Perth City` too', () => {
    const text = 'Perth City Council approved $40,000 for a playground. Perth families asked for it, and a firm from Ottawa will build it.';
    const perths = find(locations(text), 'Perth');
    expect(perths).toHaveLength(2);
    for (const perth of perths) expect(perth).toMatchObject({ country: 'CA' });
  });
  it('unless the town’s own name ends in `City`: `Kansas City Council`', () => {
    expect(locations('Kansas City Council met on Monday.')[0]).toMatchObject({ text: 'Kansas City', type: 'city', country: 'US' });
  });
});

describe('a town, a comma, its region or country', () => {
  it('reads the town in that region: `Athens, Ga.` and `Paris, Texas`', () => {
    const facts = locations('Buses ran from Athens, Ga., to Paris, Texas.');
    expect(find(facts, 'Athens')[0]).toMatchObject({ country: 'US' });
    expect(km(find(facts, 'Athens')[0].lat!, find(facts, 'Athens')[0].lon!, 33.96, -83.38)).toBeLessThan(30);
    expect(km(find(facts, 'Paris')[0].lat!, find(facts, 'Paris')[0].lon!, 33.66, -95.56)).toBeLessThan(30);
  });
  it('places a town the gazetteer lacks there at the region, not at a namesake elsewhere', () => {
    // The gazetteer's Dublins are in Ireland, Ohio, Georgia, California…, none in Minnesota.
    const facts = locations('She grew up in Dublin, Minnesota, and in Paris, France.');
    expect(find(facts, 'Dublin')[0]).toMatchObject({ near: 'Minnesota', country: 'US' });
    expect(find(facts, 'Dublin')[0].value).toBeUndefined();
    expect(find(facts, 'Paris')[0]).toMatchObject({ country: 'FR' });
  });
  it('leaves a list of states or countries alone: `Georgia, Alabama`', () => {
    const facts = locations('Storms hit Georgia, Alabama and Texas.');
    expect(facts.map((f) => [f.text, f.value])).toEqual([
      ['Georgia', 'US-GA'],
      ['Alabama', 'US-AL'],
      ['Texas', 'US-TX'],
    ]);
  });
});

describe('names inside other names', () => {
  it('a street, square or embassy named after a place is not in it: `Jefferson Square`, `Chinese Embassy`', () => {
    const facts = locations('In Boston, marchers left Jefferson Square for the Chinese Embassy on Beacon Street.');
    expect(find(facts, 'Jefferson')).toEqual([]);
    expect(find(facts, 'Chinese')).toEqual([]);
    for (const text of ['Jefferson Square', 'Chinese Embassy']) expect(find(facts, text)[0]).toMatchObject({ near: 'Boston', form: 'name' });
  });
  it('so is a natural feature the gazetteer lacks: `Jordan Creek`, `Lake Marion`', () => {
    const facts = locations('Near Greenville, South Carolina, anglers fished Jordan Creek and Lake Marion.');
    expect(facts.map((f) => f.text)).toEqual(['Greenville', 'South Carolina', 'Jordan Creek', 'Lake Marion']);
    for (const text of ['Jordan Creek', 'Lake Marion']) expect(find(facts, text)[0]).toMatchObject({ near: 'Greenville', country: 'US' });
  });
  it('a school named after its town stays that town: `Bristol High School`', () => {
    const facts = locations('Students at Bristol High School in Bristol, Connecticut, won the state title.');
    expect(facts.some((f) => f.text === 'Bristol' && f.start === 12)).toBe(true);
  });
  it('reads a name with a possessive inside it whole, either apostrophe: `People’s Republic of China`', () => {
    const facts = locations("The People’s Republic of China and the Democratic People's Republic of Korea signed it.");
    expect(facts.map((f) => [f.text, f.value])).toEqual([
      ['People’s Republic of China', 'CN'],
      ["Democratic People's Republic of Korea", 'KP'],
    ]);
  });
  it('finds a name the gazetteer writes only with a curly apostrophe, in either: `Cox’s Bāzār`', () => {
    expect(locations('Floods hit Cox’s Bāzār on Monday.')[0]).toMatchObject({ text: 'Cox’s Bāzār', country: 'BD' });
    expect(locations("Floods hit Cox's Bāzār on Monday.")[0]).toMatchObject({ text: "Cox's Bāzār", country: 'BD' });
  });
  it('leaves a sentence-opening `The` out of an unknown name, not out of `The Hague`', () => {
    const facts = locations('The Korean Peninsula stayed calm. The Hague sent envoys.');
    expect(facts.map((f) => f.text)).toEqual(['Korean Peninsula', 'The Hague']);
  });
});
