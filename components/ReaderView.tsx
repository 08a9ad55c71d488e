import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useLayoutEffect } from 'preact/hooks';
import type { Article } from '@/utils/types';
import { sanitizeArticleHtml } from '@/utils/article/sanitize';
import { formatPublishedAt } from '@/utils/display/formatFigure';
import { fullWidthPunctuation } from '@/utils/display/punctuation';
import { t } from '@/utils/platform/i18n';
import { FONT_SIZES, PAPER_COLORS, type ReaderSettings } from '@/utils/platform/settings';
import { prepareBody, showWholeBodyWhenIdle } from './articleBody';

interface Props {
  article: Article;
  settings: ReaderSettings;
  /** Receives the body element so figure clicks can find and mark their sentence. */
  bodyRef?: (el: HTMLElement | null) => void;
}

/** The clean reading view: title, one meta line (来源 · 作者 · 时间 · 频道), body with images and captions. */
export function ReaderView({ article, settings, bodyRef }: Props) {
  // Sanitised again here: whatever the content script sent is page-controlled data.
  const html = useMemo(() => sanitizeArticleHtml(article.contentHtml, window), [article.contentHtml]);
  const body = useRef<HTMLDivElement>(null);
  // The body is readied off screen and shown in one piece with the title (articleBody.ts).
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    el.replaceChildren(prepareBody(html, article.images, el.ownerDocument));
    describeImages(el, article.images);
    bodyRef?.(el);
    const cancel = showWholeBodyWhenIdle(el);
    return () => {
      cancel();
      bodyRef?.(null);
    };
  }, [html]);

  // The page's words each in a <bdi>: a right-to-left override in one author or crumb stays in it.
  const meta = [
    article.source && [t('metaSource'), <bdi>{article.source}</bdi>],
    article.authors.length > 0 && [
      t('metaAuthor'),
      ...spaced(
        article.authors.map((name) => <bdi>{name}</bdi>),
        ' ',
      ),
    ],
    article.publishedAt && formatPublishedAt(article.publishedAt),
  ].filter(Boolean) as ComponentChildren[];
  // The breadcrumb without the site's own name, which the source already says.
  const channel = article.channel.filter((part, i) => !(i === 0 && part === article.siteName));

  const paper = PAPER_COLORS.find((p) => p.id === settings.paper) ?? PAPER_COLORS[PAPER_COLORS.length - 1];
  const fontPx = FONT_SIZES.find((f) => f.id === settings.fontSize)?.px ?? 16;

  return (
    <article
      class={`cc-reader cc-scheme-${settings.scheme}`}
      style={{ '--cc-paper': paper.color, '--cc-font-size': `${fontPx}px` }}
      lang="zh-CN"
      aria-labelledby="cc-article-title"
    >
      {/* elementtiming: the popup bench reads when the title is painted (Element Timing API) */}
      <h1 id="cc-article-title" class="cc-title" elementtiming="cc-article">
        {fullWidthPunctuation(article.title)}
      </h1>
      {meta.length > 0 && (
        <p class="cc-meta" data-testid="article-meta">
          {meta.map((part, i) => (
            <span key={i}>{part}</span>
          ))}
        </p>
      )}
      {channel.length > 0 && (
        <nav class="cc-channel" aria-label={t('metaChannel')}>
          {spaced(
            channel.map((crumb) => <bdi>{crumb}</bdi>),
            ' › ',
          )}
        </nav>
      )}
      <ArticleWarnings warnings={article.warnings} />
      <div class="cc-body" ref={body} data-testid="article-body" />
      {(article.editor || article.keywords.length > 0) && (
        <footer class="cc-article-footer">
          {article.keywords.length > 0 && (
            <p>
              {t('metaKeywords')}
              {article.keywords.map((k) => (
                <span class="cc-tag">{k}</span>
              ))}
            </p>
          )}
          {article.editor && (
            <p>
              {t('metaEditor')}
              {article.editor}
            </p>
          )}
        </footer>
      )}
    </article>
  );
}

/** The parts with `between` between them (as join does, for elements). */
function spaced(parts: ComponentChildren[], between: string): ComponentChildren[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [between, part]));
}

/** The capture's own notes (Article.warnings: the page was cut ...), quietly, in the UI's language. */
export function ArticleWarnings({ warnings }: { warnings?: string[] }) {
  if (!warnings?.length) return null;
  return (
    <div class="cc-article-warnings" role="note" data-testid="article-warnings">
      {warnings.map((warning, i) => (
        <p key={i}>
          <span class="cc-article-warnings-label">{t('articleWarningsLabel')}</span> {warningText(warning)}
        </p>
      ))}
    </div>
  );
}

/** The cut-page sentence of utils/pipeline/boundPage.ts cutWarning: "… only its first 1.0 M of 16.2 M characters …". */
const PAGE_CUT = /too large to read whole: only its first (\d[\d.]*\s?M) of (\d[\d.]*\s?M) characters/;

/** utils/pipeline/flattenDepth.ts depthWarning: "… nested 20,000 levels deep: what lies deeper than 512 …". */
const PAGE_DEEP = /nested ([\d,]+) levels deep: what lies deeper than ([\d,]+) levels was read flattened/;

/** A known warning in the UI's language; any other as written (English: the pipeline's own words). */
export function warningText(warning: string): string {
  const cut = PAGE_CUT.exec(warning);
  if (cut) return t('warningPageCut', [cut[1], cut[2]]);
  const deep = PAGE_DEEP.exec(warning);
  return deep ? t('warningPageDeep', [deep[1], deep[2]]) : warning;
}

/** Every picture gets a text alternative: the page's alt or its caption; '' (decorative) when it has none. */
function describeImages(body: HTMLElement, images: Article['images']): void {
  for (const img of Array.from(body.querySelectorAll('img'))) {
    if (img.hasAttribute('alt')) continue;
    const known = images.find((image) => image.src === img.src);
    img.alt = known?.alt || known?.caption || '';
  }
}
