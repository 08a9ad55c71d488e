/** A site profile is data: where a site keeps its title, body and metadata, and what chrome to drop. */
import type { SiteId } from '../../types';

export interface SiteSelectors {
  /** Title element, first match wins. */
  title: string[];
  /** Body containers, first usable match wins (must hold real text, not the whole page). */
  content: string[];
  /** Combined info lines ("来源: … 作者: … 2019-05-24 11:34:00"). */
  info: string[];
  source: string[];
  authors: string[];
  publishedAt: string[];
  editor: string[];
  keywords: string[];
  breadcrumb: string[];
  /** Chrome that may sit inside the body container. */
  remove: string[];
}

export interface SiteProfile {
  id: SiteId;
  siteName: string;
  hosts: RegExp[];
  /** Article pages by URL shape (with the site's own info line, short pages are still articles). */
  articleUrls?: RegExp[];
  /** Channel / index pages: never articles. */
  listUrls: RegExp[];
  selectors: SiteSelectors;
  /** CMS comment markers: `<!--enorth cms block start [ name="v5.content" ]-->` -> block name -> role. */
  cmsBlocks?: {
    start: RegExp;
    end: RegExp;
    content: string[];
    breadcrumb: string[];
    info: string[] /** chrome blocks (pagination) */;
    remove?: string[];
  };
  /** Whole-line patterns of chrome text inside the body (checked on short blocks only). */
  boilerplate: RegExp[];
  /** Source name when a page says nothing else. */
  defaultSource?: string;
}
