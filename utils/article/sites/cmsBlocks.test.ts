import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { paragraphsOf } from '../text';
import { changcheng } from './changcheng';
import { dropCmsBlocks } from './cmsBlocks';

const PROSE =
  '记者从廊坊经济技术开发区获悉，今年一季度，该区实现外贸进出口总额48.7亿元，同比增长23.6%，其中出口31.2亿元，同比增长27.4%。';
const body = (html: string) => new JSDOM(`<body><div id="c">${html}</div></body>`).window.document.getElementById('c')!;

describe('v5.pages CMS block', () => {
  it('removes loose pager links between the block comments', () => {
    const el = body(
      `<p>${PROSE}</p><!--enorth cms block start [ name="v5.pages" ]-->` +
        '<a>上一页</a> <span>1</span> <a>2</a> <a>下一页</a><!--enorth cms block end [ name="v5.pages" ]-->',
    );
    const cms = changcheng.cmsBlocks!;
    dropCmsBlocks(el, cms.start, cms.end, cms.remove!);
    expect(paragraphsOf(el)).toEqual([PROSE]);
  });
});
