/**
 * Stage 5: the label — what a figure measures, read from the phrase right before it
 * (共签约项目52个 -> 签约项目, 意向投资额超过300亿元 -> 意向投资额, 计划总投资88.85亿元 -> 计划总投资).
 */

// A label never crosses punctuation, quotes or digits.
const STOP = new Set([...'，。；：、,.;:！？!?（）()“”"\'‘’【】《》〈〉—…·\n\r\t 　0123456789０１２３４５６７８９%％']);
// Aggregation markers: the label is what follows them (大厂共签约项目 -> 签约项目).
const CUT_AFTER = ['其中', '累计', '合计', '总计', '共计', '总共', '共有', '共'];
const LEAD = ['进一步', '深入', '积极', '先后', '同时', '已经', '已', '将', '还', '也', '都', '并', '均', '再', '又', '新'];
const TRAIL = ['达到', '达', '为', '是', '有', '了', '约', '计', '在', '的', '到', '至', '近', '超', '逾', '仅', '只', '共', '全年', '已', '将'];
const MAX_LABEL = 10;

/** The label for a figure starting at `start`; `floor` is where the previous figure ended. */
export function findLabel(text: string, start: number, floor: number): string | undefined {
  let b = start;
  while (b > floor && start - b < 24 && !STOP.has(text[b - 1])) b--;
  let seg = text.slice(b, start);
  for (const w of CUT_AFTER) {
    const i = seg.lastIndexOf(w);
    if (i >= 0) { seg = seg.slice(i + w.length); break; }
  }
  let changed = true;
  while (changed && seg) {
    changed = false;
    for (const w of TRAIL) if (seg.endsWith(w) && seg.length > w.length) { seg = seg.slice(0, -w.length); changed = true; }
    for (const w of LEAD) if (seg.startsWith(w) && seg.length > w.length + 1) { seg = seg.slice(w.length); changed = true; }
  }
  if (seg.length > MAX_LABEL) seg = seg.slice(-MAX_LABEL);
  return seg.length >= 2 ? seg : undefined;
}
