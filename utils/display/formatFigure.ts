/** How figures and dates read in the views: one entry point for the display formatters. */
export {
  formatFigureValue,
  formatChineseMagnitude,
  formatNumber,
  formatFigureUnit,
  type FigureValueStyle,
} from './figureValue';
export { formatIsoDate, formatPublishedAt } from './dates';
export { figureCitation } from './citation';
