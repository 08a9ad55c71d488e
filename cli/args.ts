/**
 * Command-line parsing. Hand-written rather than a dependency: the grammar is tiny, we must not touch
 * package.json, and every mistake should produce one precise sentence (exit 2), not a generic dump.
 */
import { UsageError } from './errors';
import { parseCount, parseSize } from './limits';

export type CaptureFormat = 'json' | 'jsonl' | 'md';
export type FiguresFormat = 'json' | 'jsonl';
export type CommandName = 'capture' | 'figures' | 'demo';

export interface CaptureCommand {
  command: 'capture';
  /** Paths as given ('-' is stdin); reported back unchanged in errors and jsonl lines. */
  files: string[];
  url?: string;
  format: CaptureFormat;
  force: boolean;
  /** Worker threads for many files (1: in this thread). */
  jobs: number;
  maxInputBytes?: number;
  maxFigures?: number;
  /** --max-page: characters of HTML read before a page is cut (cli/boundPage.ts). */
  maxPageChars?: number;
}

export interface FiguresCommand {
  command: 'figures';
  /** '-' means stdin. */
  file: string;
  date?: string;
  all: boolean;
  format: FiguresFormat;
  maxInputBytes?: number;
  maxFigures?: number;
}

export type ParsedCommand =
  | { command: 'help'; topic?: CommandName }
  | { command: 'version' }
  | CaptureCommand
  | FiguresCommand
  | { command: 'demo' };

const COMMANDS: readonly CommandName[] = ['capture', 'figures', 'demo'];

/** Which options each command accepts, and whether they take a value. */
const OPTIONS: Record<CommandName, Record<string, 'flag' | 'value'>> = {
  capture: {
    url: 'value',
    format: 'value',
    force: 'flag',
    jobs: 'value',
    'max-input': 'value',
    'max-figures': 'value',
    'max-page': 'value',
  },
  figures: { date: 'value', all: 'flag', format: 'value', 'max-input': 'value', 'max-figures': 'value' },
  demo: {},
};

export function parseArgs(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(`missing command (expected ${listCommands()}); try --help`);
  if (first === '-h' || first === '--help') return { command: 'help' };
  if (first === '-V' || first === '--version' || first === 'version') return { command: 'version' };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { command: 'help' };
    if (!isCommand(topic)) throw new UsageError(`no help for unknown command '${topic}' (expected ${listCommands()})`);
    return { command: 'help', topic };
  }
  if (!isCommand(first)) {
    throw new UsageError(
      first.startsWith('-')
        ? `unknown option '${first}' before the command (expected ${listCommands()}); try --help`
        : `unknown command '${first}' (expected ${listCommands()}); try --help`,
    );
  }

  const { positionals, options, help } = splitTokens(first, rest);
  if (help) return { command: 'help', topic: first };

  switch (first) {
    case 'capture':
      return captureCommand(positionals, options);
    case 'figures':
      return figuresCommand(positionals, options);
    case 'demo':
      if (positionals.length) throw new UsageError(`demo takes no arguments (got '${positionals[0]}')`);
      return { command: 'demo' };
  }
}

function captureCommand(files: string[], options: Map<string, string | true>): CaptureCommand {
  if (files.length === 0) throw new UsageError('capture needs at least one HTML file (see capture --help)');
  const format =
    oneOf('format', options.get('format') as string | undefined, ['json', 'jsonl', 'md'] as const) ??
    (files.length > 1 ? 'jsonl' : 'json');
  if (format === 'json' && files.length > 1) {
    throw new UsageError(`--format json prints one article; use --format jsonl for ${files.length} files`);
  }
  if (files.filter((f) => f === '-').length > 1) throw new UsageError("standard input ('-') can be read only once");
  const url = options.get('url') as string | undefined;
  if (url !== undefined) checkUrl(url);
  const jobs = options.has('jobs') ? parseCount('jobs', options.get('jobs') as string) : 1;
  if (jobs > 64) throw new UsageError(`--jobs must be at most 64 (got ${jobs})`);
  const page = options.get('max-page') as string | undefined;
  const maxPage = page === undefined ? {} : { maxPageChars: parseSize('max-page', page) };
  return {
    command: 'capture',
    files,
    url,
    format,
    force: options.has('force'),
    jobs,
    ...limitOptions(options),
    ...maxPage,
  };
}

function figuresCommand(files: string[], options: Map<string, string | true>): FiguresCommand {
  if (files.length > 1) throw new UsageError(`figures reads one text (a FILE or '-' for stdin), got ${files.length}`);
  const format = oneOf('format', options.get('format') as string | undefined, ['json', 'jsonl'] as const) ?? 'json';
  const date = options.get('date') as string | undefined;
  if (date !== undefined && !isIsoDate(date)) {
    throw new UsageError(`--date must be a real calendar date written YYYY-MM-DD (got '${date}')`);
  }
  return { command: 'figures', file: files[0] ?? '-', date, all: options.has('all'), format, ...limitOptions(options) };
}

function limitOptions(options: Map<string, string | true>): { maxInputBytes?: number; maxFigures?: number } {
  const input = options.get('max-input') as string | undefined;
  const figures = options.get('max-figures') as string | undefined;
  return {
    ...(input === undefined ? {} : { maxInputBytes: parseSize('max-input', input) }),
    ...(figures === undefined ? {} : { maxFigures: parseCount('max-figures', figures) }),
  };
}

/** Separate positionals from --options; accepts `--opt value`, `--opt=value`, `--` and a lone `-`. */
function splitTokens(command: CommandName, tokens: readonly string[]) {
  const known = OPTIONS[command];
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  let help = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === '--') {
      positionals.push(...tokens.slice(i + 1));
      break;
    }
    if (token === '-' || !token.startsWith('-')) {
      positionals.push(token);
      continue;
    }
    if (token === '-h' || token === '--help') {
      help = true;
      continue;
    }
    if (!token.startsWith('--'))
      throw new UsageError(`unknown option '${token}' for ${command} (see ${command} --help)`);
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    const kind = known[name];
    if (!kind) throw new UsageError(`unknown option '--${name}' for ${command} (see ${command} --help)`);
    if (kind === 'flag') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = token.slice(eq + 1);
    else if (i + 1 < tokens.length && !(tokens[i + 1].startsWith('--') && tokens[i + 1].length > 2))
      value = tokens[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  return { positionals, options, help };
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url must be an absolute address such as http://lf.hebei.com.cn/... (got '${url}')`);
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) {
    throw new UsageError(`--url must be an http, https or file address (got '${url}')`);
  }
}

/** YYYY-MM-DD that exists on the calendar (2019-02-30 is refused, not silently rolled over). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

function listCommands(): string {
  return 'capture, figures or demo';
}
