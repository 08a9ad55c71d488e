/**
 * Videos can't play in the reading view (the sanitiser drops <video>, <embed>, <iframe>), so each one
 * leaves a line that says a video was there and links to the original page, instead of vanishing.
 */
const VIDEO_SRC =
  /\.(?:mp4|m3u8|flv|webm|mov)(?:[?#]|$)|player|video|vod|v\.qq\.com|youku|bilibili|ixigua|douyin|iqiyi/i;
export const VIDEO_NOTE = '【视频】请在原网页观看';

function isVideo(el: Element): boolean {
  if (el.localName === 'video') return true;
  const src = el.getAttribute('src') ?? el.getAttribute('data') ?? el.getAttribute('data-src') ?? '';
  return VIDEO_SRC.test(src);
}

/** Replaces each top-level video (not ads or other frames) with one linked note; returns how many. */
export function replaceVideos(root: Element, pageUrl: string): number {
  const doc = root.ownerDocument;
  let count = 0;
  for (const el of Array.from(root.querySelectorAll('video, embed, object, iframe'))) {
    if (!root.contains(el) || !isVideo(el)) continue;
    const holder = el.parentElement;
    // A player written as <video> with an <embed> fallback, or two in a row, gives one note.
    const previous = holder?.previousElementSibling;
    if (previous?.getAttribute('data-cc-video') === '1' || el.parentElement?.closest('video, object')) {
      el.remove();
      if (
        holder &&
        holder !== root &&
        holder.localName === 'p' &&
        !holder.textContent?.trim() &&
        holder.children.length === 0
      )
        holder.remove();
      continue;
    }
    const note = doc.createElement('p');
    note.setAttribute('data-cc-video', '1');
    const link = doc.createElement('a');
    link.href = pageUrl;
    link.textContent = VIDEO_NOTE;
    note.append(link);
    // A video alone in its paragraph replaces the paragraph, so no empty block is left behind.
    if (
      holder &&
      holder !== root &&
      holder.localName === 'p' &&
      holder.textContent?.trim() === '' &&
      holder.children.length === 1
    )
      holder.replaceWith(note);
    else el.replaceWith(note);
    count++;
  }
  return count;
}
