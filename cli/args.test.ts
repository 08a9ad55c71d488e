import { describe, expect, it } from 'vitest';
import { isIsoDate, parseArgs } from './args';
import { UsageError } from './errors';

function usageError(args: string[]): string {
  try {
    parseArgs(args);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`expected a usage error for: ${args.join(' ')}`);
}

describe('parseArgs: capture', () => {
  it('defaults to json for one file and jsonl for several', () => {
    expect(parseArgs(['capture', 'a.html'])).toEqual({
      command: 'capture',
      files: ['a.html'],
      url: undefined,
      format: 'json',
      force: false,
      jobs: 1,
    });
    expect(parseArgs(['capture', 'a.html', 'b.html'])).toMatchObject({ files: ['a.html', 'b.html'], format: 'jsonl' });
  });

  it('reads --opt value, --opt=value and flags anywhere', () => {
    expect(
      parseArgs(['capture', '--format=md', 'a.html', '--url', 'http://lf.hebei.com.cn/x.shtml', '--force']),
    ).toEqual({
      command: 'capture',
      files: ['a.html'],
      url: 'http://lf.hebei.com.cn/x.shtml',
      format: 'md',
      force: true,
      jobs: 1,
    });
  });

  it('treats everything after -- as files, and - as stdin', () => {
    expect(parseArgs(['capture', '--', '--weird.html'])).toMatchObject({ files: ['--weird.html'] });
    expect(parseArgs(['capture', '-'])).toMatchObject({ files: ['-'] });
  });

  it('refuses what it cannot honour, naming the problem', () => {
    expect(usageError(['capture'])).toMatch(/at least one HTML file/);
    expect(usageError(['capture', 'a.html', '--format', 'xml'])).toMatch(
      /--format must be one of json, jsonl, md \(got 'xml'\)/,
    );
    expect(usageError(['capture', 'a.html', 'b.html', '--format', 'json'])).toMatch(/jsonl/);
    expect(usageError(['capture', 'a.html', '--url'])).toMatch(/--url needs a value/);
    expect(usageError(['capture', 'a.html', '--url', 'lf.hebei.com.cn/x'])).toMatch(/absolute address/);
    expect(usageError(['capture', 'a.html', '--url', 'ftp://x/y'])).toMatch(/http, https or file/);
    expect(usageError(['capture', 'a.html', '--date', '2019-05-24'])).toMatch(/unknown option '--date' for capture/);
    expect(usageError(['capture', 'a.html', '-x'])).toMatch(/unknown option '-x'/);
    expect(usageError(['capture', 'a.html', '--force=yes'])).toMatch(/--force takes no value/);
    expect(usageError(['capture', '-', '-'])).toMatch(/only once/);
  });
});

describe('parseArgs: figures', () => {
  it('reads stdin by default and json by default', () => {
    expect(parseArgs(['figures'])).toEqual({
      command: 'figures',
      file: '-',
      date: undefined,
      all: false,
      format: 'json',
    });
  });

  it('takes a file, --date, --all and --format jsonl', () => {
    expect(parseArgs(['figures', 't.txt', '--date', '2019-05-24', '--all', '--format', 'jsonl'])).toEqual({
      command: 'figures',
      file: 't.txt',
      date: '2019-05-24',
      all: true,
      format: 'jsonl',
    });
  });

  it('validates the date and the number of inputs', () => {
    expect(usageError(['figures', '--date', '2019-02-30'])).toMatch(/real calendar date/);
    expect(usageError(['figures', '--date', '24/05/2019'])).toMatch(/YYYY-MM-DD/);
    expect(usageError(['figures', 'a.txt', 'b.txt'])).toMatch(/one text/);
    expect(usageError(['figures', '--format', 'md'])).toMatch(/json, jsonl/);
    expect(usageError(['figures', '--force'])).toMatch(/unknown option '--force' for figures/);
  });
});

describe('parseArgs: commands, help and version', () => {
  it('knows help and version in their usual spellings', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['help', 'figures'])).toEqual({ command: 'help', topic: 'figures' });
    expect(parseArgs(['capture', '--help'])).toEqual({ command: 'help', topic: 'capture' });
    expect(parseArgs(['figures', 'x', '-h'])).toEqual({ command: 'help', topic: 'figures' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
    expect(parseArgs(['-V'])).toEqual({ command: 'version' });
    expect(parseArgs(['demo'])).toEqual({ command: 'demo' });
  });

  it('explains a missing or unknown command', () => {
    expect(usageError([])).toMatch(/missing command/);
    expect(usageError(['captur', 'a.html'])).toMatch(/unknown command 'captur'/);
    expect(usageError(['--format', 'json'])).toMatch(/before the command/);
    expect(usageError(['demo', 'extra'])).toMatch(/demo takes no arguments/);
    expect(usageError(['help', 'nope'])).toMatch(/unknown command 'nope'/);
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2019-05-24')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-5-24')).toBe(false);
  });
});

describe('parseArgs: limits and jobs', () => {
  it('reads --max-input sizes, --max-figures and --jobs', () => {
    expect(parseArgs(['capture', 'a.html', 'b.html', '--jobs', '4', '--max-input', '200MB'])).toMatchObject({
      jobs: 4,
      maxInputBytes: 200 * 1024 * 1024,
    });
    expect(parseArgs(['figures', '--max-input=512k', '--max-figures', '50'])).toMatchObject({
      maxInputBytes: 512 * 1024,
      maxFigures: 50,
    });
    expect(parseArgs(['figures', '--max-input', '1G'])).toMatchObject({ maxInputBytes: 1024 ** 3 });
  });

  it('refuses sizes and counts that are not', () => {
    expect(usageError(['figures', '--max-input', 'lots'])).toMatch(/--max-input must be a size such as 50MB/);
    expect(usageError(['figures', '--max-input', '0'])).toMatch(/--max-input must be a size/);
    expect(usageError(['capture', 'a.html', '--jobs', '0'])).toMatch(/--jobs must be a positive whole number/);
    expect(usageError(['capture', 'a.html', '--jobs', '1000'])).toMatch(/--jobs must be at most 64/);
    expect(usageError(['figures', '--max-figures', '-3'])).toMatch(/--max-figures/);
  });
});
