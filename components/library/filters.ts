/** The library's filters and sorts over summaries, pure so they run in memory on every change. */
import type { FigureKind } from '@/utils/types';
import type { CaptureSummary } from '@/utils/store/summary';

export type LibrarySort = 'capturedAt' | 'publishedAt' | 'relevance';

export interface LibraryFilters {
  sort: LibrarySort;
  /** YYYY-MM-DD, inclusive; on the publication date (captures without one are left out when a range is set). */
  from: string;
  to: string;
  /** A channel crumb or a site name ('' = any). */
  channel: string;
  tag: string;
  kind: FigureKind | '';
  hasNote: boolean;
}

export const NO_FILTERS: LibraryFilters = {
  sort: 'capturedAt',
  from: '',
  to: '',
  channel: '',
  tag: '',
  kind: '',
  hasNote: false,
};

/** How many filters are set (the sort is not one): the folded 筛选 button shows it. */
export function filtersSet(filters: LibraryFilters): number {
  return [filters.from, filters.to, filters.channel, filters.tag, filters.kind, filters.hasNote].filter(Boolean).length;
}

export function filtersActive(filters: LibraryFilters): boolean {
  return filtersSet(filters) > 0;
}

/** The article's own calendar date (the ISO string's digits), as the 长城网 page printed it. */
export function publishedDay(summary: Pick<CaptureSummary, 'publishedAt'>): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(summary.publishedAt ?? '')?.[0] ?? '';
}

export function filterSummaries(summaries: readonly CaptureSummary[], filters: LibraryFilters): CaptureSummary[] {
  if (!filtersActive(filters)) return [...summaries];
  return summaries.filter((summary) => {
    if (filters.from || filters.to) {
      const day = publishedDay(summary);
      if (!day || (filters.from && day < filters.from) || (filters.to && day > filters.to)) return false;
    }
    if (filters.channel && !summary.channel.includes(filters.channel) && summary.siteName !== filters.channel)
      return false;
    if (filters.tag && !summary.tags.includes(filters.tag)) return false;
    if (filters.kind && !summary.figureKinds.includes(filters.kind)) return false;
    if (filters.hasNote && !summary.hasNote) return false;
    return true;
  });
}

/**
 * Newest first; undated captures last when sorting by publication date. Ties keep the given order (the list
 * comes newest capture first, ties by id as its index reads them; the store's search breaks ties the same way).
 */
export function sortSummaries(summaries: readonly CaptureSummary[], filters: LibraryFilters): CaptureSummary[] {
  const list = [...summaries];
  const byCaptured = (a: CaptureSummary, b: CaptureSummary) =>
    a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : 0;
  if (filters.sort === 'publishedAt') {
    return list.sort(
      (a, b) =>
        (b.publishedTime ?? Number.NEGATIVE_INFINITY) - (a.publishedTime ?? Number.NEGATIVE_INFINITY) ||
        byCaptured(a, b),
    );
  }
  return list.sort(byCaptured);
}

/** Choices for the filter menus, most used first. */
export function facets(summaries: readonly CaptureSummary[]): { channels: string[]; tags: string[] } {
  const channels = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const summary of summaries) {
    for (const crumb of summary.channel)
      if (crumb !== summary.siteName) channels.set(crumb, (channels.get(crumb) ?? 0) + 1);
    if (summary.siteName) channels.set(summary.siteName, (channels.get(summary.siteName) ?? 0) + 1);
    for (const tag of summary.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const byUse = (map: Map<string, number>) =>
    [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([name]) => name);
  return { channels: byUse(channels).slice(0, 200), tags: byUse(tags) };
}
