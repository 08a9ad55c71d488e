/**
 * The zip export's worker (utils/export/zipSink.ts serveZip): the Markdown files are encoded and deflated here,
 * off the library page's main thread, while the page converts the next articles and keeps its progress bar moving.
 */
import { serveZip, type ZipRequest } from '@/utils/export/zipSink';

const scope = self as unknown as Worker;
const serve = serveZip((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (event: MessageEvent<ZipRequest>) => serve(event.data);
