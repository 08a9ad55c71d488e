/** Exports of captures: Markdown (one or a zip), figures CSV, JSON backup, and their file names. */
export { articleToMarkdown, DEFAULT_MAX_FIGURES, type MarkdownOptions } from './markdown';
export { figuresToCsv, figureRowsToCsv, FIGURES_CSV_HEADER } from './figuresCsv';
export {
  createBackup,
  parseBackup,
  BackupError,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupErrorCode,
} from './backup';
export {
  markdownFileName,
  zipFileName,
  csvFileName,
  backupFileName,
  reportFileName,
  safeFileName,
  uniqueFileNames,
} from './fileNames';
export { markdownZip, exportMarkdownZip, type ZipExportOptions, type ZipPicture } from './zip';
export { combinedReport, type ReportOptions } from './report';
export { gbt7714Citation, citationAuthors } from './citation';
export { obsidianFrontMatter, type FrontMatterStyle } from './obsidian';
export { figureRows, filterFigureRows, sortFigureRows, type FigureRow, type FigureFilter } from './figureRows';
export type { ExportProgress } from './chunks';
export { displayFigures, formatFigureValue, formatFigureUnit } from './figureView';
