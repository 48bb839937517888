import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED = `${ROOT}fixtures/north-korea-troops-kursk.txt`;
export const SEED_TEXT = readFileSync(SEED, 'utf8');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real built binary, as a user would. */
export function runFactx(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [`${ROOT}bin/factx.js`, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function parseJsonLines(text: string): unknown[] {
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}
