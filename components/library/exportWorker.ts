/**
 * The zip export's worker (utils/export/exportSlice.ts): its share of the captures is read from IndexedDB,
 * converted to Markdown and compressed here, off the library page's main thread; the page only strings the parts
 * together (workerExport.ts). A worker has no DOMParser: the bodies are parsed by domino, as turndown does in Node.
 */
import { dominoBody } from '@/utils/export/bodyParser';
import { exportSlice, type SliceRequest } from '@/utils/export/exportSlice';
import { setBodyParser } from '@/utils/export/markdown';

setBodyParser(dominoBody, { cache: false });
const scope = self as unknown as Worker;
scope.onmessage = (event: MessageEvent<SliceRequest>) => {
  exportSlice(event.data, (reply, transfer) => scope.postMessage(reply, transfer ?? [])).catch((error) =>
    scope.postMessage({ type: 'error', message: String((error as Error)?.message ?? error) }),
  );
};
