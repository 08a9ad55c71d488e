/** Dates as a Chinese reader writes them, from the ISO forms the engine and the article use. */
import { formatPeriod } from './periods';

/** "2019-01-26" -> "2019年1月26日"; periods as periods (2024-Q1 -> 2024年一季度, 2018/2020 -> 2018—2020年). */
export function formatIsoDate(date: string): string {
  return formatPeriod(date.includes('/') ? date : date.slice(0, 10));
}

/** "2019-05-24T11:34:00+08:00" -> "2019年5月24日 11:34", read as written (the page's own clock). */
export function formatPublishedAt(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return m[4] && !(m[4] === '00' && m[5] === '00') ? `${day} ${m[4]}:${m[5]}` : day;
}
