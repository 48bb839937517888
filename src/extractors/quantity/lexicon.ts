/**
 * Word lists of general English the quantity rules read: number words, scales, fractions,
 * currencies, units of measure, qualifiers and the nouns that label things by number.
 */

export const UNITS: Record<string, number> = {
  zero: 0, nought: 0, naught: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
export const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Multipliers that close a group: `two hundred and two thousand`. */
export const SCALES: Record<string, number> = {
  thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12,
};
/** Abbreviated scales written after digits: `40k`, `$3bn`, `10 bln`. */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mm: 1e6, mil: 1e6, mln: 1e6,
  b: 1e9, bn: 1e9, bln: 1e9, t: 1e12, tn: 1e12, tln: 1e12,
};
/** Denominators: `a third`, `two fifths`, `a hundredth`. `half` and `quarter` also stand alone. */
export const FRACTIONS: Record<string, number> = {
  first: 1, half: 2, halves: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
};
/** Unicode vulgar fractions. */
export const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};
/** Plural round numbers that give an order of magnitude: `hundreds of miles` is 100 to 1,000. */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};
/** Every word the number grammar knows, for the candidate pattern. */
export const NUMBER_WORDS: string[] = [
  ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', 'dozen', 'dozens',
  ...Object.keys(SCALES), ...Object.keys(FRACTIONS), ...Object.keys(FRACTIONS).filter((w) => w !== 'half' && w !== 'halves').map((w) => `${w}s`),
  ...Object.keys(VAGUE_PLURALS).filter((w) => w !== 'dozens' && w !== 'scores'),
];

/** Currency symbols and codes written before or after the number. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'HK$': 'HKD', 'S$': 'SGD',
  'NZ$': 'NZD', 'R$': 'BRL', 'MEX$': 'MXN', 'NT$': 'TWD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR',
  '₽': 'RUB', '₺': 'TRY', '₿': 'BTC', '₡': 'CRC', '₭': 'LAK', '₦': 'NGN', '₱': 'PHP', '元': 'CNY', RM: 'MYR', RS: 'INR',
};
export const CURRENCY_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'NZD', 'INR', 'KRW', 'MXN', 'BRL',
  'RUB', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'MYR', 'IDR', 'THB', 'PHP', 'AED', 'SAR', 'ILS', 'NGN', 'EGP',
];
/** Currency names after the number: `5,000 won`, `420 million finnish markka`. */
export const CURRENCY_NAMES: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', buck: 'USD', bucks: 'USD', cent: 'USD', cents: 'USD', euro: 'EUR', euros: 'EUR',
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', pence: 'GBP', penny: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  won: 'KRW', rupee: 'INR', rupees: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF',
  francs: 'CHF', peso: 'MXN', pesos: 'MXN', pesetas: 'ESP', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK',
  crowns: 'DKK', ringgit: 'MYR', sen: 'MYR', rand: 'ZAR', shekel: 'ILS', shekels: 'ILS', lira: 'TRY', markka: 'FIM',
  bitcoin: 'BTC', bitcoins: 'BTC', hryvnia: 'UAH', baht: 'THB', dinar: 'DZD', dinars: 'DZD', riyal: 'SAR', dirham: 'AED',
};

/** Units of measure, as written after a number (glued or spaced). Lower case unless case matters. */
export const MEASURE_UNITS = [
  'km', 'kms', 'm', 'cm', 'mm', 'nm', 'µm', 'μm', 'mi', 'ft', 'in', 'yd', 'yds', 'kg', 'kgs', 'g', 'mg', 'µg', 'μg', 'lb', 'lbs',
  'oz', 't', 'l', 'ml', 'cl', 'dl', 'gal', 'mph', 'kph', 'kmh', 'km/h', 'mpg', 'hp', 'bhp', 'ps', 'kw', 'mw', 'gw', 'w', 'kwh',
  'mwh', 'gwh', 'twh', 'v', 'kv', 'a', 'mah', 'hz', 'khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'pb', 'kbps', 'mbps', 'gbps',
  'c', '°', '°c', '°f', 'deg', 'degc', 'degf', 'deg c', 'deg f', 'k', 'f', 'pa', 'kpa', 'mpa', 'gpa', 'psi', 'bar', 'nm', 'mmhg', 'db', 'ppm', 'ppb', 'sq', 'ha', 'ac',
  'cc', 'kmph', 'rad', 'sr', 'rpm', 'bpm', 'mol', 'mmol', 'mg/l', 'mmol/l', 'ev', 'kev', 'mev', 'gev', 'tev', 'j', 'kj', 'cal', 'kcal', 'tpd', 'bpd',
  'h', 'hr', 'hrs', 'min', 'mins', 's', 'sec', 'secs', 'ms', 'yo', 'p', 'pc', 'pt', 'pts', 'x',
];
export const MEASURE_WORDS = [
  'percent', 'percentage', 'mile', 'miles', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'metre', 'metres', 'meter', 'meters',
  'centimetre', 'centimetres', 'centimeter', 'centimeters', 'millimetre', 'millimetres', 'millimeter', 'millimeters', 'nanometer',
  'nanometers', 'nanometre', 'nanometres', 'foot', 'feet', 'inch', 'inches', 'yard', 'yards', 'acre', 'acres', 'hectare', 'hectares',
  'gram', 'grams', 'gramme', 'grammes', 'kilogram', 'kilograms', 'kilo', 'kilos', 'milligram', 'milligrams', 'microgram',
  'micrograms', 'tonne', 'tonnes', 'ton', 'tons', 'ounce', 'ounces', 'pound', 'pounds', 'stone', 'litre', 'litres', 'liter',
  'liters', 'millilitre', 'millilitres', 'milliliter', 'milliliters', 'gallon', 'gallons', 'barrel', 'barrels', 'degree',
  'degrees', 'celsius', 'fahrenheit', 'kelvin', 'watt', 'watts', 'kilowatt', 'kilowatts', 'megawatt', 'megawatts', 'gigawatt',
  'gigawatts', 'volt', 'volts', 'amp', 'amps', 'hertz', 'byte', 'bytes', 'bit', 'bits', 'kilobyte', 'kilobytes', 'megabyte',
  'megabytes', 'gigabyte', 'gigabytes', 'terabyte', 'terabytes', 'calorie', 'calories', 'joule', 'joules', 'knot', 'knots',
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'decade', 'decades', 'century', 'centuries', 'point', 'points', 'times', 'fold', 'cup', 'cups', 'teaspoon', 'teaspoons',
  'tablespoon', 'tablespoons', 'horsepower', 'decibels', 'light-years', 'mph',
];

/** Words before a number that bound or soften it; the value stays the bare number. */
export const QUALIFIER_PHRASES: [string, '~' | '<' | '<=' | '>' | '>='][] = [
  ['about', '~'], ['approximately', '~'], ['approx.', '~'], ['approx', '~'], ['around', '~'], ['roughly', '~'], ['some', '~'],
  ['nearly', '~'], ['almost', '~'], ['close to', '~'], ['an estimated', '~'], ['estimated', '~'], ['an approximate', '~'],
  ['circa', '~'], ['ca.', '~'], ['c.', '~'], ['~', '~'], ['≈', '~'], ['barely', '~'], ['just about', '~'],
  ['up to', '<='], ['at most', '<='], ['no more than', '<='], ['not more than', '<='], ['as many as', '<='], ['as much as', '<='],
  ['≤', '<='], ['<=', '<='], ['a maximum of', '<='], ['maximum of', '<='],
  ['more than', '>'], ['over', '>'], ['upwards of', '>'], ['in excess of', '>'], ['greater than', '>'], ['above', '>'],
  ['exceeding', '>'], ['exceed', '>'], ['exceeds', '>'], ['surpass', '>'], ['>', '>'], ['larger than', '>'], ['higher than', '>'],
  ['at least', '>='], ['no less than', '>='], ['no fewer than', '>='], ['not less than', '>='], ['a minimum of', '>='], ['≥', '>='], ['>=', '>='],
  ['fewer than', '<'], ['less than', '<'], ['under', '<'], ['below', '<'], ['just under', '<'], ['sub-', '<'], ['<', '<'],
  ['smaller than', '<'], ['lower than', '<'],
  ['less than or equal to', '<='], ['less or equal than', '<='], ['smaller or equal than', '<='], ['lower or equal than', '<='],
  ['smaller than or equal to', '<='], ['equal to or less than', '<='], ['equal to or fewer than', '<='],
  ['greater than or equal to', '>='], ['more than or equal to', '>='], ['higher or equal than', '>='], ['greater or equal than', '>='],
  ['larger or equal than', '>='], ['equal to or more than', '>='], ['equal to or greater than', '>='], ['at least or equal to', '>='],
];

/** Nouns that label a thing by its number (`Section 427`, `category 4`, `Part 3`): the number names, it does not count. */
export const LABEL_NOUNS = [
  'section', 'row', 'part', 'chapter', 'article', 'clause', 'page', 'pages', 'category', 'level', 'phase', 'stage', 'round',
  'game', 'week', 'room', 'flight', 'route', 'highway', 'interstate', 'platform', 'gate', 'terminal', 'no.', 'no', 'number',
  'version', 'model', 'grade', 'size', 'channel', 'apollo', 'track', 'episode', 'season', 'volume', 'vol.', 'item', 'figure',
  'fig.', 'table', 'step', 'zone', 'district', 'ward', 'unit', 'block', 'lot', 'suite', 'floor', 'division', 'group', 'class',
  'type', 'squad', 'jersey', 'shirt', 'rule', 'act', 'bill', 'resolution', 'amendment', 'proposition', 'prop', 'generation', 'gen',
  'sections', 'parts', 'chapters', 'articles', 'phases', 'stages', 'rounds', 'levels', 'categories', 'figures', 'figs.', 'tables',
  'steps', 'zones', 'codes', 'refs', 'references',
];


/** Escape a word for use inside a regular expression. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One alternation of the given words, longest first so the pattern prefers `km/h` over `km`. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
