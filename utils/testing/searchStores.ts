/**
 * Tests' view of the search's v6 stores, read raw: per live document (summary), its text record folded as the
 * search folds it and its order keys, beside what the capture and the summary say they must be. A test expects
 * `actual` to equal `expected` (tests never trust the write path to check itself).
 */
import type { IDBFactory as FakeFactory } from 'fake-indexeddb';

type Factory = InstanceType<typeof FakeFactory>;
import { docTextOf, type DocRef, readDocOrder, refOf } from '../store/docStores';
import { DB_NAME, openCaptureDb } from '../store/schema';
import { searchableText } from '../store/searchIndex';

export interface SearchStoresView {
  actual: { texts: Array<[number, string, string]>; order: DocRef[]; textCount: number };
  expected: { texts: Array<[number, string, string]>; order: DocRef[]; textCount: number };
}

const byDoc = (a: { docNo: number }, b: { docNo: number }) => a.docNo - b.docNo;

export async function searchStoresView(factory: Factory): Promise<SearchStoresView> {
  const db = await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME);
  const tx = db.transaction(['captures', 'summaries', 'texts', 'docorder']);
  const summaries = (await tx.objectStore('summaries').getAll()).sort(byDoc);
  const captures = new Map((await tx.objectStore('captures').getAll()).map((capture) => [capture.id, capture]));
  const texts = tx.objectStore('texts');
  const actualTexts: Array<[number, string, string]> = [];
  for (const summary of summaries) {
    const record = await texts.get(summary.docNo);
    const doc = record ? docTextOf(record) : { searchable: '(none)', text: '(none)' };
    actualTexts.push([summary.docNo, doc.searchable, doc.text]);
  }
  const view: SearchStoresView = {
    actual: {
      texts: actualTexts,
      order: (await readDocOrder(tx.objectStore('docorder'))).sort(byDoc),
      textCount: await texts.count(),
    },
    expected: {
      texts: summaries.map((summary) => {
        const capture = captures.get(summary.id)!;
        return [summary.docNo, searchableText(capture), capture.text ?? ''];
      }),
      order: summaries.map(refOf),
      textCount: summaries.length,
    },
  };
  db.close();
  return view;
}
