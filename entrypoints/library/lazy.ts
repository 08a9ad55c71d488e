/**
 * Parts of the library page loaded after its first screen (the open article's reader, the 数字 tab, the export
 * panel, the backup and zip code): the first screen's script is the list alone, and `preload()` fetches the
 * rest while the user looks at it, so opening one of them does not wait either.
 */
import { h, type ComponentType, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P> {
  (props: P): VNode<P> | null;
  preload(): Promise<unknown>;
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error) => {
        loading = null; // a later render tries again
        throw error;
      },
    );
    return loading;
  };
  const Lazy = (props: P) => {
    const [, setReady] = useState(loaded !== null);
    // What this render drew, not what is loaded when its effect runs: a chunk that comes in between the two
    // (after a render with nothing to draw) must still redraw, or the part stays blank until something else
    // redraws the page (the 数字 tab waited 10 s for the list's held read of every summary).
    const drawn = loaded;
    useEffect(() => {
      if (drawn) return;
      let alive = true;
      void preload().then(
        () => alive && setReady(true),
        () => undefined,
      );
      return () => {
        alive = false;
      };
    }, []);
    return drawn ? (h(drawn, props) as VNode<P>) : null;
  };
  return Object.assign(Lazy, { preload });
}
