/**
 * `capture`: saved HTML files -> Article JSON, JSON lines or the extension's Markdown.
 * Files are processed in order, one at a time (memory stays flat on big batches); a failing file is
 * reported and the rest continue. Exit status: 1 if any file was unreadable/failed, else 3 if any
 * was not an article, else 0.
 */
import type { Article } from '../utils/types';
import type { CaptureCommand } from './args';
import { EXIT, type ExitStatus, PROGRAM, worstExit } from './errors';
import { inputLabel, type Output, printError } from './io';
import { captureFile, describeOutcome, type FileOutcome } from './pipeline';

type ToMarkdown = (article: Article) => string;

export async function runCapture(cmd: CaptureCommand, out: Output): Promise<ExitStatus> {
  const toMarkdown = cmd.format === 'md' ? await loadMarkdownExport() : null;
  let status: ExitStatus = EXIT.ok;
  let written = 0;

  for (const file of cmd.files) {
    const outcome = await captureFile(file, { url: cmd.url, force: cmd.force });
    if (!outcome.ok) {
      status = worstExit(status, outcome.exitStatus);
      printError(`${PROGRAM}: ${describeOutcome(outcome, inputLabel(file))}`);
      // jsonl keeps one line per input so consumers can zip results with their file list.
      if (cmd.format === 'jsonl') await out.write(`${JSON.stringify(errorLine(outcome))}\n`);
      continue;
    }
    const { article } = outcome;
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
