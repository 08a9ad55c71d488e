/** Exports of captures: Markdown (one or a zip), figures CSV, JSON backup, and their file names. */
export { articleToMarkdown, DEFAULT_MAX_FIGURES, type MarkdownOptions } from './markdown';
export { figuresToCsv, FIGURES_CSV_HEADER } from './figuresCsv';
export {
  createBackup,
  parseBackup,
  BackupError,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupErrorCode,
} from './backup';
export { markdownFileName, zipFileName, csvFileName, backupFileName, safeFileName } from './fileNames';
export { markdownZip, uniqueFileNames } from './zip';
export { displayFigures, formatFigureValue, formatFigureUnit } from './figureView';
