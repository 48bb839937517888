/**
 * Text from the input must never drive the terminal: C0 and C1 control characters (so every
 * escape sequence, ESC and CSI included), DEL, and the Unicode bidirectional controls that can
 * reorder what is shown become visible `\x..` / `\u....` escapes; line breaks become spaces.
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n|[\t\n\r\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${hex(c, 2)}`)
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${hex(c, 4)}`);
}

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');

/** One line for stderr about an input, safe to print whatever the input's id or text holds. */
export function diagnostic(id: string, message: string): string {
  return `factx: ${printable(id)}: ${printable(message)}\n`;
}
