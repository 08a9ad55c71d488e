/**
 * `capture`: saved HTML files -> Article JSON, JSON lines or the extension's Markdown.
 * Files are processed in order, one at a time (memory stays flat on big batches), or with --jobs N over N
 * worker threads, printed in input order all the same; a failing file is reported and the rest continue.
 * Exit status: 1 if any file was unreadable/failed (or its figures were cut at --max-figures), else 3 if any
 * was not an article, else 0.
 */
import type { Article } from '../utils/types';
import type { CaptureCommand } from './args';
import { EXIT, type ExitStatus, PROGRAM, worstExit } from './errors';
import { inputLabel, type Output, printError } from './io';
import { limits, tooManyFigures } from './limits';
import { type CaptureFileOptions, captureFile, describeOutcome, type FileOutcome } from './pipeline';

type ToMarkdown = (article: Article) => string;

export async function runCapture(cmd: CaptureCommand, out: Output): Promise<ExitStatus> {
  const toMarkdown = cmd.format === 'md' ? await loadMarkdownExport() : null;
  let status: ExitStatus = EXIT.ok;
  let written = 0;

  const options: CaptureFileOptions = { url: cmd.url, force: cmd.force };
  const outcomes =
    cmd.jobs > 1 && cmd.files.length > 1
      ? (await import('./captureJobs')).captureInWorkers(cmd.files, options, cmd.jobs)
      : inOrder(cmd.files, options);

  for await (const outcome of outcomes) {
    const { file } = outcome;
    if (!outcome.ok) {
      status = worstExit(status, outcome.exitStatus);
      printError(`${PROGRAM}: ${describeOutcome(outcome, inputLabel(file))}`);
      // jsonl keeps one line per input so consumers can zip results with their file list.
      if (cmd.format === 'jsonl') await out.write(`${JSON.stringify(errorLine(outcome))}\n`);
      continue;
    }
    let { article } = outcome;
    for (const warning of article.warnings ?? []) printError(`${PROGRAM}: ${inputLabel(file)}: ${warning}`);
    if (article.figures.length > limits.maxFigures) {
      article = { ...article, figures: article.figures.slice(0, limits.maxFigures) };
      status = worstExit(status, EXIT.failure);
      printError(`${tooManyFigures(limits.maxFigures)}: ${inputLabel(file)}`);
    }
    switch (cmd.format) {
      case 'json':
        await out.write(`${JSON.stringify(article, null, 2)}\n`);
        break;
      case 'jsonl':
        await out.write(`${JSON.stringify(article)}\n`);
        break;
      case 'md': {
        const markdown = toMarkdown!(article);
        // Documents after the first get an HTML comment line: invisible when rendered, easy to split on.
        const separator = written > 0 ? `\n${markdownSeparator(file)}\n\n` : '';
        await out.write(`${separator}${markdown.endsWith('\n') ? markdown : `${markdown}\n`}`);
        break;
      }
    }
    written++;
  }
  return status;
}

async function* inOrder(files: readonly string[], options: CaptureFileOptions): AsyncGenerator<FileOutcome> {
  for (const file of files) yield await captureFile(file, options);
}

export function markdownSeparator(file: string): string {
  // `--` is not allowed inside an HTML comment; file names rarely have it, but keep it valid.
  return `<!-- ${PROGRAM}: ${inputLabel(file).replace(/--/g, '- -')} -->`;
}

function errorLine(outcome: Extract<FileOutcome, { ok: false }>) {
  return {
    file: outcome.file,
    error: outcome.error,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    message: outcome.message,
  };
}

/** Lazy: turndown is only worth loading when Markdown is asked for. */
async function loadMarkdownExport(): Promise<ToMarkdown> {
  const { articleToMarkdown } = await import('../utils/export/markdown');
  return (article) => articleToMarkdown(article);
}
