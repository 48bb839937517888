/**
 * Clock times: `8:30 a.m.`, `10 p.m. EST`, `noon`, `midnight`, `4 in the morning`. The value is
 * left as `T08:30` here; the `anchor-times` refiner puts the day in front.
 */
import { patternRule } from '../rule.js';
import { pad } from '../timex.js';

const NAMED: Record<string, string> = { noon: '12:00', midday: '12:00', midnight: '24:00' };
const ZONE = '(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?';

export const clockTime = patternRule(
  'clock-time',
  new RegExp(
    `\\b(?:(?<hour>[01]?\\d|2[0-3])(?::(?<minute>[0-5]\\d))?\\s*(?:(?<ampm>[ap])\\.?\\s?m\\b\\.?|o['’]clock|in\\s+the\\s+(?<part>morning|afternoon|evening))${ZONE}|(?<![Hh]igh\\s)\\b(?<named>noon|midday|midnight)\\b)`,
    'gi',
  ),
  (g) => {
    if (g.named) return { value: `T${NAMED[g.named.toLowerCase()]}`, type: 'TIME' };
    let hour = Number(g.hour);
    if (hour > 12 && (g.ampm || g.part)) return undefined;
    const pm = g.ampm?.toLowerCase() === 'p' || (g.part && g.part.toLowerCase() !== 'morning');
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12 && (g.ampm || g.part)) hour = 0;
    return { value: `T${pad(hour)}:${g.minute ?? '00'}`, type: 'TIME' };
  },
);
