import { MultiBar, type SingleBar } from 'cli-progress';

export interface Progress {
  tick(): void;
  /** Write a message to stderr above the bar, without tearing it. */
  log(message: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr for a person watching a batch: shown only when enabled (a terminal,
 * no --quiet) and once a second document is done. With a known total (one document per file)
 * the bar shows time left; with none (0, as for JSON Lines) it counts and rates.
 */
export function createProgress(options: { enabled: boolean; total: number }): Progress {
  const knownTotal = options.total > 1;
  const started = Date.now();
  let done = 0;
  let bars: MultiBar | undefined;
  let bar: SingleBar | undefined;
  const rate = () => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  return {
    tick() {
      done++;
      if (!options.enabled || done < 2) return;
      if (!bars) {
        bars = new MultiBar({
          format: knownTotal ? 'factx [{bar}] {value}/{total} documents | {rate}/s | {eta_formatted} left' : 'factx {value} documents | {rate}/s',
          stream: process.stderr,
          hideCursor: true,
          clearOnComplete: true,
        });
        bar = bars.create(knownTotal ? options.total : 0, done, { rate: rate() });
      }
      bar?.update(done, { rate: rate() });
    },
    log(message) {
      if (bars) bars.log(message);
      else process.stderr.write(message);
    },
    stop() {
      bars?.stop();
    },
  };
}
