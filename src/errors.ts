/** The one-line messages error records carry. */

/** What went wrong, as one line, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a document got an error record instead of its facts. */
export function overTimeBudget(budget: number): string {
  return `took longer than the time budget (${budget} ms)`;
}
