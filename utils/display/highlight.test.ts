// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clearHighlight, highlightFigure } from './highlight';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('highlightFigure', () => {
  it('marks the figure inside the paragraph that holds its sentence', () => {
    const root = body(
      '<p>大厂共签约项目19个。</p><p>推介洽谈会上，共签约项目52个，意向企业50余家，意向投资额超过300亿元。</p>',
    );
    const hit = highlightFigure(root, {
      text: '超过300亿元',
      sentence: '推介洽谈会上，共签约项目52个，意向企业50余家，意向投资额超过300亿元。',
    });
    expect(hit?.tagName).toBe('MARK');
    expect(hit?.textContent).toBe('超过300亿元');
    expect(root.querySelectorAll('p')[1].classList.contains('cc-sentence-hit')).toBe(true);
  });

  it('finds the right one of two equal figures by sentence, across inline markup', () => {
    const root = body('<p>签约项目<b>19</b>个。</p><p>大厂共签约项目19个，计划总投资88.85亿元。</p>');
    const hit = highlightFigure(root, { text: '19个', sentence: '大厂共签约项目19个，计划总投资88.85亿元。' });
    expect(hit?.closest('p')).toBe(root.querySelectorAll('p')[1]);
  });

  it('clears the previous highlight and restores the text', () => {
    const root = body('<p>培训3.6万人次。</p>');
    highlightFigure(root, { text: '3.6万人次', sentence: '培训3.6万人次。' });
    clearHighlight(root);
    expect(root.querySelector('mark')).toBeNull();
    expect(root.innerHTML).toBe('<p class="">培训3.6万人次。</p>');
  });

  it('returns null when the sentence is not in the body', () => {
    const root = body('<p>别的内容。</p>');
    expect(highlightFigure(root, { text: '42公里', sentence: '新建道路42公里。' })).toBeNull();
  });
});
