/**
 * @vitest-environment jsdom
 * The library's lazily loaded parts (the 数字 tab, the export panel, the open article): each shows as soon as its
 * code is in, whenever that is. The race that once kept the 数字 tab blank for 10 s: the page rendered the part
 * while its chunk was still loading (nothing to draw), the chunk came in before the render's effect ran, and the
 * effect, seeing it loaded, asked for no second render; the tab appeared only when something else redrew the page.
 */
import { h, render, type ComponentChild, type ComponentType } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent } from './lazy';

const Part = ({ text }: { text: string }) => h('p', { class: 'part' }, text);

/** A load the test finishes when it likes. */
function controlledLoad() {
  let finish: (component: ComponentType<{ text: string }>) => void = () => {};
  const promise = new Promise<ComponentType<{ text: string }>>((resolve) => (finish = resolve));
  return { load: () => promise, finish };
}

const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

function mount(node: ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}

describe('lazyComponent', () => {
  it('shows the part when its chunk comes in between the render and the render’s effect', async () => {
    const { load, finish } = controlledLoad();
    const Lazy = lazyComponent(load);
    void Lazy.preload(); // the page's preload after its first screen, still under way
    const root = mount(h(Lazy, { text: '数字' })); // the click on 数字: nothing to draw yet
    expect(root.textContent).toBe('');
    finish(Part); // the chunk arrives before the effects of that render have run
    await settle();
    expect(root.querySelector('.part')?.textContent).toBe('数字');
  });

  it('shows the part once the load its own render started comes in', async () => {
    const { load, finish } = controlledLoad();
    const Lazy = lazyComponent(load);
    const root = mount(h(Lazy, { text: '导出' }));
    await settle();
    expect(root.textContent).toBe('');
    finish(Part);
    await settle();
    expect(root.querySelector('.part')?.textContent).toBe('导出');
  });

  it('draws a part loaded before the render at once, and loads it once', async () => {
    let loads = 0;
    const Lazy = lazyComponent(async () => {
      loads++;
      return Part;
    });
    await Lazy.preload();
    const root = mount(h(Lazy, { text: '文章' }));
    expect(root.querySelector('.part')?.textContent).toBe('文章');
    await Lazy.preload();
    expect(loads).toBe(1);
  });

  it('tries again on the next render after a failed load', async () => {
    let attempt = 0;
    const Lazy = lazyComponent(async () => {
      if (++attempt === 1) throw new Error('chunk failed');
      return Part;
    });
    await expect(Lazy.preload()).rejects.toThrow('chunk failed');
    const root = mount(h(Lazy, { text: '再试' }));
    await settle();
    expect(root.querySelector('.part')?.textContent).toBe('再试');
  });
});
