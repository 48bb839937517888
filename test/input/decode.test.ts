import { describe, expect, it } from 'vitest';
import { BINARY_SNIFF_BYTES, decodeBytes, StreamDecoder } from '../../src/input/decode.js';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('decoding bytes to text', () => {
  it('drops a UTF-8 byte-order mark, so offsets count from the text after it', () => {
    expect(decodeBytes(Buffer.from('\ufeffAbout 300 troops.', 'utf8'))).toEqual({ text: 'About 300 troops.', invalid: false });
  });

  it('decodes UTF-16 little- and big-endian text announced by its byte-order mark', () => {
    expect(decodeBytes(utf16le('Seoul, 3 March 2024 — “yes”'))?.text).toBe('Seoul, 3 March 2024 — “yes”');
    expect(decodeBytes(utf16be('Seoul, 3 March 2024 — “yes”'))?.text).toBe('Seoul, 3 March 2024 — “yes”');
  });

  it('replaces invalid UTF-8 with U+FFFD and says so, keeping the valid text', () => {
    expect(decodeBytes(Buffer.from([0x61, 0xff, 0x62, 0xc3]))).toEqual({ text: 'a\ufffdb\ufffd', invalid: true });
  });

  it('treats a real U+FFFD in valid UTF-8 as valid', () => {
    expect(decodeBytes(Buffer.from('a\ufffdb', 'utf8'))).toEqual({ text: 'a\ufffdb', invalid: false });
  });

  it('keeps Windows line endings as they are', () => {
    expect(decodeBytes(Buffer.from('one\r\n\r\ntwo\r\n'))?.text).toBe('one\r\n\r\ntwo\r\n');
  });

  it('calls a file binary when a NUL byte is in its first 8 KiB, and only then', () => {
    expect(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeUndefined();
    const lateNul = Buffer.concat([Buffer.alloc(BINARY_SNIFF_BYTES, 0x61), Buffer.from([0])]);
    expect(decodeBytes(lateNul)?.text).toHaveLength(BINARY_SNIFF_BYTES + 1);
  });

  it('decodes the same text whatever the chunking, multi-byte characters split across chunks included', () => {
    const bytes = Buffer.from('\ufeff“Über” 東京 😀 '.repeat(2000), 'utf8');
    const whole = decodeBytes(bytes)?.text;
    for (const size of [1, 7, 4096, 9000]) {
      const decoder = new StreamDecoder();
      let text = '';
      for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
      text += decoder.end();
      expect(text).toBe(whole);
      expect(decoder.invalid).toBe(false);
    }
  });
});
