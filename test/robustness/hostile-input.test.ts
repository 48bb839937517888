/**
 * End to end, on files each test creates: every hostile or broken input ends in exactly one
 * outcome (its facts, or an error record plus a line on stderr) and the batch goes on.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/input/read.js';
import type { DocumentResult, Fact } from '../../src/types.js';
import { parseJsonLines, ROOT, runFactx } from '../helpers.js';

const ARTICLE = 'About 300 troops arrived in Kursk on 3 March 2024, officials said.';

const workspaces: string[] = [];
afterAll(() => workspaces.forEach((root) => rmSync(root, { recursive: true, force: true })));

function workspace(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'factx-hostile-'));
  workspaces.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

function run(args: string[], input?: string) {
  const result = runFactx([...args, '--format', 'jsonl', '--ref-date', '2025-02-20'], { input });
  return { ...result, records: parseJsonLines(result.stdout) as DocumentResult[] };
}

const factsOf = (record: DocumentResult | undefined): Fact[] => (record && 'facts' in record ? record.facts : []);

describe('one outcome per input, and the batch goes on', () => {
  it('writes facts for good inputs and an error record for each bad one, and exits 1', () => {
    const root = workspace({ 'a-good.txt': ARTICLE, 'b-binary.bin': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]), 'c-good.txt': ARTICLE });
    const result = run([root, join(root, 'missing.txt')]);
    expect(result.status).toBe(1);
    expect(result.records.map((record) => [record.id, 'error' in record ? record.error : 'facts'])).toEqual([
      [join(root, 'a-good.txt'), 'facts'],
      [join(root, 'b-binary.bin'), expect.stringContaining('binary file')],
      [join(root, 'c-good.txt'), 'facts'],
      [join(root, 'missing.txt'), 'no such file, folder or matching pattern'],
    ]);
    expect(result.stderr.trim().split('\n')).toEqual([
      `factx: ${join(root, 'b-binary.bin')}: binary file (a NUL byte in its first 8 KiB), skipped`,
      `factx: ${join(root, 'missing.txt')}: no such file, folder or matching pattern`,
    ]);
  });

  it('reports a glob pattern that matches nothing', () => {
    const root = workspace();
    const result = run([join(root, '*.nothing')]);
    expect(result.status).toBe(1);
    expect(result.records).toEqual([{ id: join(root, '*.nothing'), error: 'no file matches this pattern' }]);
  });
});

describe('reading', () => {
  it('gives an empty file an empty fact list', () => {
    const root = workspace({ 'empty.txt': '' });
    const result = run([join(root, 'empty.txt')]);
    expect(result.status).toBe(0);
    expect(result.records).toEqual([{ id: join(root, 'empty.txt'), facts: [] }]);
  });

  it('decodes invalid UTF-8 with replacement characters, warns, and still extracts', () => {
    const bytes = Buffer.concat([Buffer.from([0x41, 0xff, 0xc3, 0x20]), Buffer.from(ARTICLE)]);
    const root = workspace({ 'latin.txt': bytes });
    const result = run([join(root, 'latin.txt')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`factx: ${join(root, 'latin.txt')}: warning: invalid UTF-8, decoded with U+FFFD replacement characters\n`);
    const text = `A\ufffd\ufffd ${ARTICLE}`;
    const facts = factsOf(result.records[0]);
    expect(facts.map((fact) => fact.text)).toContain('3 March 2024');
    for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.text);
  });

  it('drops a UTF-8 byte-order mark (offsets count from after it) and decodes UTF-16 LE and BE', () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const root = workspace({
      '1-plain.txt': ARTICLE,
      '2-bom.txt': `\ufeff${ARTICLE}`,
      '3-utf16le.txt': utf16le,
      '4-utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]),
    });
    const result = run([root]);
    expect(result.status).toBe(0);
    const [plain, ...others] = result.records;
    expect(factsOf(plain).length).toBeGreaterThan(2);
    for (const other of others) expect(factsOf(other)).toEqual(factsOf(plain));
  });

  it('keeps Windows line endings, so offsets are exact into the text as read', () => {
    const text = `${ARTICLE}\r\n\r\nThe ministry said 2,700 more were wounded.\r\n`;
    const root = workspace({ 'crlf.txt': text });
    const facts = factsOf(run([join(root, 'crlf.txt')]).records[0]);
    expect(facts.map((fact) => fact.text)).toEqual(expect.arrayContaining(['300', '2,700']));
    for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.text);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read (needs a non-root user)', () => {
    const root = workspace({ 'secret.txt': ARTICLE, 'public.txt': ARTICLE });
    chmodSync(join(root, 'secret.txt'), 0);
    const result = run([root]);
    expect(result.status).toBe(1);
    expect(result.records).toContainEqual({ id: join(root, 'secret.txt'), error: 'permission denied' });
    expect(factsOf(result.records.find((record) => record.id.endsWith('public.txt'))).length).toBeGreaterThan(0);
  });

  it('reports a file that vanished between listing and reading', async () => {
    const items = [];
    for await (const item of readInput(join(workspace(), 'gone.txt'), 'text')) items.push(item);
    expect(items).toEqual([{ id: expect.stringContaining('gone.txt'), error: 'no such file (it may have been removed)' }]);
  });

  it('reports dangling symbolic links and link loops, and reads a looping folder tree once', () => {
    const root = workspace({ 'tree/a.txt': ARTICLE, 'tree/sub/b.txt': ARTICLE });
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'tree', 'dangling.txt'));
    symlinkSync(join(root, 'tree', 'loop-2'), join(root, 'tree', 'loop-1'));
    symlinkSync(join(root, 'tree', 'loop-1'), join(root, 'tree', 'loop-2'));
    symlinkSync(join(root, 'tree'), join(root, 'tree', 'sub', 'up'));
    const result = run([join(root, 'tree')]);
    expect(result.status).toBe(1);
    const tree = join(root, 'tree');
    expect(result.records.map((record) => [record.id.slice(tree.length + 1), 'error' in record ? record.error : 'facts'])).toEqual([
      ['a.txt', 'facts'],
      ['dangling.txt', 'dangling symbolic link (its target does not exist)'],
      ['loop-1', 'symbolic link loop'],
      ['loop-2', 'symbolic link loop'],
      ['sub/b.txt', 'facts'],
    ]);
    expect(result.stderr).toContain(`factx: ${join(tree, 'sub', 'up')}: warning: folder already read`);
  });

  it('skips a FIFO inside a folder (reading it would block forever) with a warning', () => {
    const root = workspace({ 'a.txt': ARTICLE });
    spawnSync('mkfifo', [join(root, 'pipe')]);
    const result = run([root]);
    expect(result.status).toBe(0);
    expect(result.records.map((record) => record.id)).toEqual([join(root, 'a.txt')]);
    expect(result.stderr).toBe(`factx: ${join(root, 'pipe')}: warning: not a regular file, skipped\n`);
  });

  it('walks a folder tree a thousand levels deep', () => {
    const root = workspace();
    const deep = join(root, ...Array.from({ length: 1000 }, () => 'd'));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'bottom.txt'), ARTICLE);
    const result = run([root], undefined);
    expect(result.status).toBe(0);
    expect(result.records.map((record) => record.id)).toEqual([join(deep, 'bottom.txt')]);
  });

  it('splits a very large file at blank lines, with offsets still counted from the start of the file', () => {
    const paragraph = `${ARTICLE}\r\n\r\n`;
    const text = paragraph + '\r\n'.repeat(600_000) + paragraph; // 1.2 MB: several pieces of 256 KiB
    const root = workspace({ 'large.txt': text });
    const result = run([join(root, 'large.txt'), '--kinds', 'quantity,date']);
    expect(result.status).toBe(0);
    expect(result.records).toHaveLength(1);
    const facts = factsOf(result.records[0]);
    const tail = text.length - paragraph.length;
    expect(facts.map((fact) => [fact.id, fact.text, fact.start])).toEqual([
      ['q1', '300', 6],
      ['d1', '3 March 2024', 37],
      ['q2', '300', tail + 6],
      ['d2', '3 March 2024', tail + 37],
    ]);
    expect(facts[2].sentence).toBeGreaterThan(facts[0].sentence);
  });

  it('writes a very large file\'s one record in parts that make the same record in every format, and reads it whole for --include-text', () => {
    const paragraph = `${ARTICLE}\n\n`;
    const text = paragraph.repeat(Math.ceil((600 * 1024) / paragraph.length)); // 600 KiB: three pieces
    const file = join(workspace({ 'large.txt': text }), 'large.txt');
    const [record] = run([file, '--jobs', '2']).records;
    expect(factsOf(record)).toHaveLength(4 * Math.ceil((600 * 1024) / paragraph.length));
    const asJson = runFactx([file, '--format', 'json', '--ref-date', '2025-02-20']);
    expect(JSON.parse(asJson.stdout)).toEqual([record]);
    const withText = run([file, '--include-text']).records[0] as { text?: string; facts: Fact[] };
    expect(withText).toEqual({ ...record, text });
  });

  it('closes a very large file\'s record with the first failed piece\'s error, and exits 1', () => {
    const paragraph = `${ARTICLE}\n\n`;
    const file = join(workspace({ 'large.txt': paragraph.repeat(Math.ceil((600 * 1024) / paragraph.length)) }), 'large.txt');
    const result = run([file, '--time-budget', '1', '--jobs', '1']);
    expect(result.status).toBe(1);
    expect(result.records).toEqual([{ id: file, facts: expect.any(Array), error: expect.stringMatching(/time budget.*\(in the piece at offset 0\)$/) }]);
  });

  it('reports a malformed JSON Lines record by line number and processes the others', () => {
    const lines = [
      JSON.stringify({ id: 'one', text: ARTICLE }),
      '{"id": "two", "text": "unterminated',
      '',
      JSON.stringify({ id: 'three' }),
      JSON.stringify({ id: 'four', text: 42 }),
      JSON.stringify({ id: 'five', text: ARTICLE }),
    ];
    const root = workspace({ 'records.jsonl': `\ufeff${lines.join('\r\n')}\r\n` });
    const file = join(root, 'records.jsonl');
    const result = run([file]);
    expect(result.status).toBe(1);
    expect(result.records.map((record) => [record.id, 'error' in record ? record.error : factsOf(record).length > 0])).toEqual([
      ['one', true],
      [`${file}:2`, `${file}:2: not valid JSON`],
      ['three', `${file}:4: the record has no "text"`],
      ['four', `${file}:5: "text" must be a string`],
      ['five', true],
    ]);
  });
});

describe('output safety', () => {
  const hostile = [
    { id: '=HYPERLINK("http://x")', text: '@SUM(1) said officials. +1 more, -A1 and -2+3+cmd|calc. About 300 troops arrived.' },
    { id: 'esc\u001b[2J\u001b]0;title\u0007', text: 'About 300 troops\u001b[31m arrived in Kursk\u009b on Monday.' },
    { id: 'lone\ud800surrogate', text: 'About 300 troops \udc00 arrived.' },
  ];
  const input = hostile.map((record) => JSON.stringify(record)).join('\n');

  it('never starts a CSV text cell with a formula character, and keeps negative numbers', async () => {
    const { parse } = await import('csv-parse/sync');
    const result = runFactx(['--input', 'jsonl', '--format', 'csv'], { input });
    expect(result.status).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/);
    }
    expect(rows[0].document).toBe(`'=HYPERLINK("http://x")`);
  });

  it('never lets control characters or escape sequences reach the terminal in a table or on stderr', () => {
    const table = runFactx(['--input', 'jsonl', '--format', 'table'], { input });
    expect(table.status).toBe(0);
    expect(table.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(table.stdout).toContain('esc\\x1b[2J\\x1b]0;title\\x07');
    const errors = runFactx(['--input', 'jsonl', '--format', 'table'], { input: '{"id":"\\u001b[31mred","text":7}' });
    expect(errors.stderr).toBe('factx: \\x1b[31mred: stdin:1: "text" must be a string\n');
  });

  it('always writes valid JSON, lone surrogates included', () => {
    const jsonl = runFactx(['--input', 'jsonl', '--format', 'jsonl'], { input });
    const records = parseJsonLines(jsonl.stdout) as DocumentResult[];
    expect(records.map((record) => record.id)).toEqual(hostile.map((record) => record.id));
    const json = runFactx(['--input', 'jsonl', '--format', 'json'], { input });
    expect(JSON.parse(json.stdout)).toEqual(records);
  });
});

describe('output destinations', () => {
  it('stops quietly when the reader of its output goes away (factx … | head)', () => {
    const root = workspace({ 'long.txt': `${ARTICLE} `.repeat(3000) });
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" bin/factx.js "${join(root, 'long.txt')}" "${join(root, 'long.txt')}" --format jsonl | head -c 10`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(shell.stdout).toBe('{"id":"/tm'.slice(0, 10).replace('/tm', root.slice(0, 3)));
    expect(shell.stderr).toBe('');
  });

  it('gives one line and exit 2 when the output file cannot be written', () => {
    const result = runFactx(['-o', join(workspace(), 'no', 'such', 'folder.jsonl')], { input: ARTICLE });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot write [^\n]+\n$/);
  });
});

describe('usage errors', () => {
  it.each([[['--bogus']], [['--format', 'xml']], [['--kinds', 'weather']], [['--ref-date', 'yesterday']], [['--input', 'csv']]])(
    'give exactly one line on stderr and exit 2: %j',
    (args) => {
      const result = runFactx(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error: [^\n]+ \(run factx --help for usage\)\n$/);
    },
  );
});
