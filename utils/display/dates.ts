/** Dates as a Chinese reader writes them, from the ISO forms the engine and the article use. */

/** "2019-01-26" -> "2019年1月26日"; periods read as written by the engine (2018-08, 2018/2020, 2024-Q1). */
export function formatIsoDate(date: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (day) return `${day[1]}年${Number(day[2])}月${Number(day[3])}日`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) return `${quarter[1]}年第${quarter[2]}季度`;
  const half = /^(\d{4})-H([12])$/.exec(date);
  if (half) return `${half[1]}年${half[2] === '1' ? '上' : '下'}半年`;
  const span = /^(\d{4})\/(\d{4})$/.exec(date);
  if (span) return `${span[1]}年至${span[2]}年`;
  if (/^\d{4}$/.test(date)) return `${date}年`;
  return date;
}

/** "2019-05-24T11:34:00+08:00" -> "2019年5月24日 11:34", read as written (the page's own clock). */
export function formatPublishedAt(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return m[4] && !(m[4] === '00' && m[5] === '00') ? `${day} ${m[4]}:${m[5]}` : day;
}
