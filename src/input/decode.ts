/**
 * Bytes to text, the way a careful reader does it: byte-order marks detected (UTF-8 BOM
 * dropped, UTF-16 LE/BE decoded), invalid UTF-8 replaced by U+FFFD with a warning, and binary
 * files (a NUL byte in the first 8 KiB, the heuristic git and ripgrep use) refused.
 * Line endings are left as they are, so offsets point into the text exactly as decoded.
 */

/** How much of the start of a file is looked at for NUL bytes. */
export const BINARY_SNIFF_BYTES = 8 * 1024;

export const BINARY_FILE = 'binary file (a NUL byte in its first 8 KiB), skipped';
export const INVALID_UTF8 = 'invalid UTF-8, decoded with U+FFFD replacement characters';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const BOMS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding a byte-order mark announces (UTF-8 when there is none) and the mark's length. */
export function sniffEncoding(head: Uint8Array): { encoding: Encoding; bomLength: number } {
  for (const { bytes, encoding } of BOMS) {
    if (bytes.every((byte, i) => head[i] === byte)) return { encoding, bomLength: bytes.length };
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

/** A file is binary when a NUL byte shows up in its first 8 KiB (UTF-16 text, with its BOM, is not). */
export function looksBinary(head: Uint8Array, encoding: Encoding): boolean {
  return encoding === 'utf-8' && head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/**
 * An incremental decoder for one stream of bytes. Feed it chunks in order, then `end()`.
 * It waits for the first 8 KiB (or the end) before deciding on the encoding and on binary-ness.
 */
export class StreamDecoder {
  private head: Buffer[] = [];
  private headLength = 0;
  private decoder?: TextDecoder;
  /** A strict twin of the UTF-8 decoder, run until it first fails, to know whether to warn. */
  private strict?: TextDecoder;
  /** Set once the stream is known to be binary; no text comes out after that. */
  binary = false;
  /** Set when some bytes were not valid UTF-8. */
  invalid = false;

  /** Text decoded so far from this chunk (empty while the head is still being gathered). */
  write(chunk: Uint8Array): string {
    if (this.binary) return '';
    if (this.decoder) return this.decode(chunk, true);
    this.head.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.headLength += chunk.byteLength;
    return this.headLength >= BINARY_SNIFF_BYTES ? this.start(true) : '';
  }

  /** The rest of the text, once every chunk has been written. */
  end(): string {
    if (this.binary) return '';
    return this.decoder ? this.decode(new Uint8Array(0), false) : this.start(false);
  }

  private start(stream: boolean): string {
    const head = Buffer.concat(this.head);
    this.head = [];
    const { encoding } = sniffEncoding(head);
    if (looksBinary(head, encoding)) {
      this.binary = true;
      return '';
    }
    // TextDecoder drops a BOM matching its encoding (ignoreBOM: false), and only that one.
    this.decoder = new TextDecoder(encoding);
    if (encoding === 'utf-8') this.strict = new TextDecoder('utf-8', { fatal: true });
    return this.decode(head, stream);
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    if (this.strict) {
      try {
        this.strict.decode(bytes, { stream });
      } catch {
        this.invalid = true;
        this.strict = undefined;
      }
    }
    return (this.decoder as TextDecoder).decode(bytes, { stream });
  }
}

/** Decode a whole buffer at once: the text, or `undefined` for a binary file. */
export function decodeBytes(bytes: Uint8Array): { text: string; invalid: boolean } | undefined {
  const decoder = new StreamDecoder();
  const text = decoder.write(bytes) + decoder.end();
  return decoder.binary ? undefined : { text, invalid: decoder.invalid };
}
