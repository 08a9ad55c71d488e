/**
 * The light record the library's list and filters read, kept beside each capture (same id) so the
 * first screen never loads an article body: a few hundred bytes instead of tens of kB.
 */
import type { ListedFigure } from '../display/figureRows';
import type { Capture, FigureKind, SiteId } from '../types';
import { listedOf } from './figureRowRecords';

export interface CaptureSummary {
  id: string;
  /** Number of the capture in the search index's posting lists (never reused). */
  docNo: number;
  canonicalUrl: string;
  title: string;
  site: SiteId;
  siteName: string | null;
  source: string | null;
  authors: string[];
  channel: string[];
  keywords: string[];
  publishedAt: string | null;
  /** publishedAt as epoch ms, absent when unknown (so the index leaves undated captures out). */
  publishedTime?: number;
  capturedAt: string;
  updatedAt: string;
  tags: string[];
  hasNote: boolean;
  /** The note's start, for the list and for ranking. */
  notePreview: string;
  /** Figures as the panel lists them (hidden ones out, repeats merged): the open panel shows as many. */
  figureCount: number;
  figureKinds: FigureKind[];
  figureLabels: string[];
  excerpt: string;
  length: number;
}

const PREVIEW = { note: 200, excerpt: 160, labels: 40 } as const;

export function summarize(capture: Capture, docNo: number, listed: ListedFigure[] = listedOf(capture)): CaptureSummary {
  const kinds = new Set<FigureKind>();
  const labels = new Set<string>();
  for (const { figure } of listed) {
    kinds.add(figure.kind);
    if (figure.label && labels.size < PREVIEW.labels) labels.add(figure.label);
  }
  const publishedTime = capture.publishedAt ? Date.parse(capture.publishedAt) : NaN;
  const excerpt = (capture.excerpt || capture.text || '').replace(/\s+/g, ' ').trim();
  return {
    id: capture.id,
    docNo,
    canonicalUrl: capture.canonicalUrl,
    title: typeof capture.title === 'string' ? capture.title : '',
    site: capture.site,
    siteName: capture.siteName ?? null,
    source: capture.source ?? null,
    authors: capture.authors ?? [],
    channel: capture.channel ?? [],
    keywords: capture.keywords ?? [],
    publishedAt: capture.publishedAt ?? null,
    ...(Number.isFinite(publishedTime) ? { publishedTime } : {}),
    capturedAt: capture.capturedAt,
    updatedAt: capture.updatedAt,
    tags: capture.tags ?? [],
    hasNote: !!capture.note?.trim(),
    notePreview: (capture.note ?? '').slice(0, PREVIEW.note),
    figureCount: listed.length,
    figureKinds: [...kinds],
    figureLabels: [...labels],
    excerpt: [...excerpt].slice(0, PREVIEW.excerpt).join(''),
    length: capture.length ?? capture.text?.length ?? 0,
  };
}
