/**
 * Entry point of the command line (bin/changcheng-reader.mjs imports its prebuilt bundle, or this source
 * through tsx).
 * Everything is caught here: people see one line per problem and a meaningful exit status, never a
 * stack trace unless CHANGCHENG_DEBUG=1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from './args';
import { CliError, EXIT, type ExitStatus, formatError, PROGRAM } from './errors';
import { helpText } from './help';
import { Output, OutputClosedError, printError } from './io';
import { limits } from './limits';
import { ROOT } from './root';

/** Runs the command in `argv` (process.argv: node, script, then the user's arguments). */
export async function main(argv: readonly string[] = process.argv): Promise<ExitStatus> {
  return run(argv.slice(2));
}

export async function run(args: readonly string[], out: Output = new Output()): Promise<ExitStatus> {
  try {
    const status = await runCommand(args, out);
    await out.finish();
    return status;
  } catch (err) {
    return reportError(err);
  }
}

async function runCommand(args: readonly string[], out: Output): Promise<ExitStatus> {
  const cmd = parseArgs(args);
  if (cmd.command === 'capture' || cmd.command === 'figures') {
    limits.maxInputBytes = cmd.maxInputBytes ?? limits.maxInputBytes;
    limits.maxFigures = cmd.maxFigures ?? limits.maxFigures;
  }
  if (cmd.command === 'capture') limits.maxPageChars = cmd.maxPageChars ?? limits.maxPageChars;
  switch (cmd.command) {
    case 'help':
      await out.write(`${helpText(cmd.topic)}\n`);
      return EXIT.ok;
    case 'version':
      await out.write(`${PROGRAM} ${readVersion()}\n`);
      return EXIT.ok;
    case 'capture': {
      // Lazy: capture pulls in jsdom and the extractor, which the other commands do not need.
      const { runCapture } = await import('./capture');
      return await runCapture(cmd, out);
    }
    case 'figures': {
      const { runFigures } = await import('./figures');
      return await runFigures(cmd, out);
    }
    case 'demo': {
      const { runDemo } = await import('./demo');
      return await runDemo(out);
    }
  }
}

export function reportError(err: unknown): ExitStatus {
  // The reader of our output went away (`| head -c1`, a closed pipe): the output is incomplete, so say so.
  if (err instanceof OutputClosedError) {
    printError(`${PROGRAM}: ${err.message}`);
    return EXIT.failure;
  }
  if (err instanceof CliError) {
    printError(`${PROGRAM}: ${err.message}`);
    return err.exitStatus;
  }
  printError(
    `${PROGRAM}: unexpected error: ${formatError(err)}${debugging() ? '' : ' (set CHANGCHENG_DEBUG=1 for details)'}`,
  );
  if (debugging() && err instanceof Error && err.stack) printError(err.stack);
  return EXIT.failure;
}

function debugging(): boolean {
  return process.env.CHANGCHENG_DEBUG === '1';
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
