/** --help texts. Kept beside the parser's grammar in spirit: change both together. */
import type { CommandName } from './args';

const USAGE = `Usage:
  changcheng-reader capture FILE... [--url URL] [--format json|jsonl|md] [--force] [--jobs N] [LIMITS]
  changcheng-reader figures [FILE|-] [--date YYYY-MM-DD] [--all] [--format json|jsonl] [LIMITS]
  changcheng-reader demo
  changcheng-reader --help | help COMMAND | --version`;

const GENERAL = `changcheng-reader — clean text and key figures from 长城网 (hebei.com.cn) articles

${USAGE}

Commands:
  capture   saved HTML page(s) -> Article JSON / JSON lines / Markdown
  figures   plain text -> key figures (money, counts, percentages, dates ...)
  demo      capture the bundled sample article and print a readable summary

Limits (capture and figures), so that no input can take unbounded memory or print unbounded output:
  --max-input SIZE   refuse input larger than SIZE (default 50MB; e.g. 200MB, 1G). A file's size is
                     checked before reading; a pipe or device is stopped as soon as it is over.
  --max-figures N    write at most N figures (default 10000, a few MB of JSON); past it the output
                     is cut (still whole JSON), one line says so, and the exit status is 1

Exit status:
  0  success
  1  unreadable input (missing, directory, binary, empty, too large), output cut at --max-figures,
     standard output closed by its reader before everything was written, or an unexpected failure
  2  bad command line
  3  a page is not an article (list/index page, empty page); with several files,
     3 only if nothing worse happened

Environment:
  CHANGCHENG_DEBUG=1   print stack traces for unexpected errors
  NO_COLOR=1           no colours in demo output (colour is used only on a terminal)

Run 'changcheng-reader COMMAND --help' for one command's details.`;

const CAPTURE = `Usage: changcheng-reader capture FILE... [--url URL] [--format json|jsonl|md] [--force] [--jobs N]
       [--max-input SIZE] [--max-figures N] [--max-page SIZE]

Reads saved HTML in any charset, as a browser does (BOM, <meta charset>, GB2312/GBK/GB18030, UTF-8;
a page labelled GB2312 that is really UTF-8 is read as UTF-8) and runs the same extraction as the
browser extension. Page scripts are never run and nothing is fetched.
FILE may be '-' to read the page from standard input.

Options:
  --url URL        the page's address, for relative links, site detection and dates
                   (default: file:// + the file's absolute path; applies to every FILE)
  --format json    one file: the Article as pretty-printed JSON (default for one file)
  --format jsonl   one JSON object per file per line, in order (default for several files);
                   a file that fails gives {"file", "error", "message"} with error
                   "not-an-article", "unreadable" or "failed", and the others continue
  --format md      the exact Markdown the extension exports (starts with '---' front matter);
                   with several files the documents follow each other, each one after the
                   first preceded by a line '<!-- changcheng-reader: FILE -->' and a blank line
  --force          take the page as an article even if it looks like a list page
  --jobs N         capture the files in N worker threads (at most 64); output stays in input order
  --max-input SIZE refuse a page larger than SIZE (default 50MB)
  --max-figures N  keep at most N figures per article (default 10000; more: exit 1, one line)
  --max-page SIZE  read at most SIZE characters of HTML per page (default 1M): a longer page is read
                   without scripts, styles and inline data, then cut at an element boundary; the
                   Article's "warnings" and one line on stderr say so (the exit status stays 0)

Not an article: exit 3, one line on stderr, nothing on stdout (json/md) for that file.
Unreadable file: exit 1, one line on stderr.`;

const FIGURES = `Usage: changcheng-reader figures [FILE|-] [--date YYYY-MM-DD] [--all] [--format json|jsonl]
       [--max-input SIZE] [--max-figures N]

Reads plain text from FILE, or standard input when FILE is '-' or absent (UTF-8 with or without
BOM, UTF-16 with BOM, otherwise GB18030), and prints the figures found in it.

Options:
  --format json    one JSON array for the whole input; start/end are UTF-16 offsets into the
                   whole text (default)
  --format jsonl   one JSON array per input line, in order (an empty line gives []);
                   start/end are offsets into that line (a trailing \\r is not part of it)
  --date DATE      anchor for relative dates (今年, 3月5日), written YYYY-MM-DD
  --all            also return bare numbers (kind "other"), not only key figures
  --max-input SIZE refuse text larger than SIZE (default 50MB)
  --max-figures N  write at most N figures in all (default 10000; more: cut, exit 1, one line)`;

const DEMO = `Usage: changcheng-reader demo

Captures the bundled sample article (samples/changcheng-dachang-2019-05-24.html) and prints its
title, metadata, the start of the clean text and the top key figures, then tells where the built
browser extension is and how to load it.`;

export function helpText(topic?: CommandName): string {
  switch (topic) {
    case 'capture':
      return CAPTURE;
    case 'figures':
      return FIGURES;
    case 'demo':
      return DEMO;
    default:
      return GENERAL;
  }
}

export function usageHint(): string {
  return USAGE;
}
