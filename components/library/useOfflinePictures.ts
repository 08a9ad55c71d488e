/**
 * The library's reader shows the offline copy of a picture when the site's copy does not load (moved,
 * removed, or no network): a failed <img> in the article body gets a blob: URL of the stored bytes.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Capture } from '@/utils/types';
import { getPictureStore, pictureKey, type PictureUsage } from '@/utils/store/pictureStore';
import type { PictureRecord } from '@/utils/store/schema';
import type { ZipPicture } from '@/utils/export/zip';
import { t } from '@/utils/platform/i18n';

/** A ref callback for the article body (combine it with the figure actions' bodyRef). */
export function useOfflinePictureFallback(captureId: string | null): (el: HTMLElement | null) => void {
  const urls = useRef<string[]>([]);
  const detach = useRef<(() => void) | null>(null);

  useEffect(
    () => () => {
      detach.current?.();
      for (const url of urls.current) URL.revokeObjectURL(url);
      urls.current = [];
    },
    [captureId],
  );

  return useCallback(
    (el: HTMLElement | null) => {
      detach.current?.();
      detach.current = null;
      if (!el || !captureId) return;
      let records: Promise<Map<string, PictureRecord>> | null = null;
      const load = () =>
        (records ??= getPictureStore()
          .picturesOf(captureId)
          .then((list) => new Map(list.map((record) => [record.src, record])))
          .catch(() => new Map()));
      const swap = async (img: HTMLImageElement) => {
        if (img.dataset.ccOffline) return;
        const record = (await load()).get(pictureKey(img.getAttribute('src') ?? ''));
        if (!record) return;
        const url = URL.createObjectURL(new Blob([record.bytes], { type: record.type }));
        urls.current.push(url);
        img.dataset.ccOffline = 'true';
        img.title = t('picturesOfflineCopy');
        img.src = url;
      };
      const onError = (event: Event) => {
        if (event.target instanceof HTMLImageElement) void swap(event.target);
      };
      el.addEventListener('error', onError, true);
      // Pictures that failed before this ran.
      for (const img of el.querySelectorAll('img')) if (img.complete && img.naturalWidth === 0) void swap(img);
      detach.current = () => el.removeEventListener('error', onError, true);
    },
    [captureId],
  );
}

/** A capture's offline pictures in the shape the zip export takes. */
export async function zipPicturesOf(capture: Pick<Capture, 'id'>): Promise<ZipPicture[]> {
  const records = await getPictureStore().picturesOf(capture.id);
  return records.map((record) => ({ src: record.src, type: record.type, bytes: new Uint8Array(record.bytes) }));
}

/** Space the offline pictures take (refreshed when asked), null until known. */
export function usePictureUsage(): [PictureUsage | null, () => void] {
  const [usage, setUsage] = useState<PictureUsage | null>(null);
  const refresh = useCallback(() => {
    getPictureStore()
      .usage()
      .then(setUsage)
      .catch(() => setUsage(null));
  }, []);
  useEffect(refresh, [refresh]);
  return [usage, refresh];
}

export function formatBytes(bytes: number): string {
  // One decimal, none when it is 0 (500 MB, 1.5 GB).
  const oneDecimal = (value: number) => value.toFixed(1).replace(/\.0$/, '');
  if (bytes >= 1024 * 1024 * 1024) return `${oneDecimal(bytes / 1024 ** 3)} GB`;
  if (bytes >= 1024 * 1024) return `${oneDecimal(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
