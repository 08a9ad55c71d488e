import type { Figure } from '../types';

export interface ExtractFiguresOptions {
  /** Anchor for relative dates (今年, 3月5日): the article's publishedAt (ISO) or a YYYY-MM-DD date. */
  referenceDate?: string | null;
  /** Also return bare numbers (kind "other"), not only key figures. */
  all?: boolean;
  /** The article's title: figures repeated there rank higher. */
  title?: string;
}

/** Plain text -> figures, highest score first. (Placeholder until the figures engine lands.) */
export function extractFigures(_text: string, _options: ExtractFiguresOptions = {}): Figure[] {
  return [];
}
