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
    useEffect(() => {
      if (!loaded)
        void preload().then(
          () => setReady(true),
          () => undefined,
        );
    }, []);
    return loaded ? (h(loaded, props) as VNode<P>) : null;
  };
  return Object.assign(Lazy, { preload });
}
