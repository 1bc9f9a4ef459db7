// A command line the command cannot run: the CLI prints it as one line with the command's usage
// and exits 2, as opposed to a failure while running (exit 1).
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Node's parseArgs reports unknown options, missing values and stray arguments with these codes. */
export function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
