/**
 * Exit statuses and the one error type the CLI throws on purpose.
 * Outside checks rely on these numbers (architecture.md, "Command line"), so they live in one place.
 */

export const EXIT = {
  ok: 0,
  /** Unreadable input or an unexpected failure. */
  failure: 1,
  /** Bad command line. */
  usage: 2,
  /** The page was read fine but is not an article (list page, empty page). */
  notAnArticle: 3,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export const PROGRAM = 'changcheng-reader';

/** An error meant for people: its message is printed as one line, never with a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitStatus: ExitStatus = EXIT.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** Input that cannot be read as text/HTML at all (missing, directory, binary, empty). */
export class UnreadableInputError extends CliError {
  constructor(message: string) {
    super(message, EXIT.failure);
    this.name = 'UnreadableInputError';
  }
}

/** Worst status wins: usage (2) > failure (1) > not an article (3) > ok (0). */
export function worstExit(a: ExitStatus, b: ExitStatus): ExitStatus {
  const rank: Record<ExitStatus, number> = { 0: 0, 3: 1, 1: 2, 2: 3 };
  return rank[b] > rank[a] ? b : a;
}

/** Messages go on one stderr line: collapse newlines some libraries put in error texts. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Human text for a Node fs error, without the errno noise and path repetition. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
      return 'too many open files';
    default:
      return oneLine(err instanceof Error ? err.message : String(err));
  }
}

export function formatError(err: unknown): string {
  if (err instanceof Error) return oneLine(err.message || err.name);
  return oneLine(String(err));
}
