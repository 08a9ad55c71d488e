import { useRef } from 'preact/hooks';
import type { Article, Figure } from '@/utils/types';
import { figureCitation } from '@/utils/display/citation';
import { highlightFigure } from '@/utils/display/highlight';
import { copyText } from '@/utils/platform/download';
import { t } from '@/utils/platform/i18n';
import { useToast } from './useToast';
import { showWholeBody } from './articleBody';

export interface FigureActions {
  /** Give to ReaderView's bodyRef: the rendered body figures are located in. */
  bodyRef: (el: HTMLElement | null) => void;
  /** Marks the figure in the body and scrolls to it; says so when it can't be found. */
  locate: (figure: Pick<Figure, 'text' | 'sentence'>) => void;
  /** Copies the figure's citation (the clause holding it) and confirms, or says the copy failed. */
  copyCitation: (figure: Pick<Figure, 'sentence'> & Partial<Figure>) => Promise<void>;
  /** The confirmation line to show in a role=status region (see Toast); '' when there is none. */
  toast: string;
  /** Shows another confirmation in the same region. */
  notify: (message: string) => void;
}

/**
 * What a click on a figure does, the same in the popup and the library: locate it in the text,
 * copy its citation with a confirmation. Pass `notify` to report through a toast the page already has.
 */
export function useFigureActions(
  article:
    | (Pick<Article, 'siteName' | 'source' | 'publishedAt'> &
        Partial<Pick<Article, 'title' | 'url' | 'canonicalUrl' | 'text'>>)
    | null,
  notify?: (message: string) => void,
): FigureActions {
  const body = useRef<HTMLElement | null>(null);
  const [toast, showToast] = useToast();
  const say = notify ?? showToast;

  const locate = (figure: Pick<Figure, 'text' | 'sentence'>) => {
    if (!body.current) return;
    // Its place is measured: the blocks still left out of the layout are laid out first.
    showWholeBody(body.current);
    const target = highlightFigure(body.current, figure);
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (!target) say(t('toastFigureNotFound'));
  };

  const copyCitation = async (figure: Pick<Figure, 'sentence'> & Partial<Figure>) => {
    if (!article) return;
    try {
      await copyText(figureCitation(article, figure, { withSource: citeWithSource() }));
      say(t('toastCitationCopied'));
    } catch {
      say(t('toastCopyFailed'));
    }
  };

  return {
    bodyRef: (el) => {
      body.current = el;
    },
    locate,
    copyCitation,
    toast,
    notify: say,
  };
}

const CITE_SOURCE_KEY = 'cc-cite-with-source';

/** Whether citations end with the article's title and URL (a choice shared by popup and library). */
export function citeWithSource(): boolean {
  try {
    return localStorage.getItem(CITE_SOURCE_KEY) === '1';
  } catch {
    return false;
  }
}

export function setCiteWithSource(value: boolean): void {
  try {
    localStorage.setItem(CITE_SOURCE_KEY, value ? '1' : '0');
  } catch {
    /* private mode: not remembered */
  }
}
