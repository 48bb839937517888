import type { QuantityDraft } from './index.js';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const YEAR_CONTEXT_BEFORE = new RegExp(`(?:\\b(?:in|since|by|from|until|of|during|before|after|${MONTHS})|[-–])\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTHS})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i');

/** Years used as time (`in 2014`, `February 2025`) and day numbers (`3 March`) are dates, not quantities. */
export function isTimeNotQuantity(text: string, q: QuantityDraft): boolean {
  if (typeof q.value !== 'number' || q.unit || q.currency) return false;
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end, q.end + 12);
  const isYearShaped = /^\d{4}$/.test(q.text) && q.value >= 1000 && q.value <= 2100;
  if (isYearShaped && (YEAR_CONTEXT_BEFORE.test(before) || /^\s*[-–]\s*\d/.test(after) || /^'?s\b/.test(after))) return true;
  if (/^\d{1,2}$/.test(q.text) && (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before))) return true;
  if (/^[:.]\d/.test(after) || /\d[:.]$/.test(before)) return true;
  return false;
}
