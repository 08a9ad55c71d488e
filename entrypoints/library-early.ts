import { EARLY_FIRST_SCREEN, readFirstScreen } from '@/utils/store/firstScreen';

/**
 * A few hundred bytes the library page runs before its main script (a classic script in library.html): the
 * database opens and the first screen's summaries are read while the main script is still being fetched and
 * compiled. useLibrary picks the read up (takeEarlyFirstScreen).
 */
export default defineUnlistedScript(() => {
  performance.mark('cc-library:early-read-start');
  (globalThis as Record<string, unknown>)[EARLY_FIRST_SCREEN] = readFirstScreen().then((summaries) => {
    performance.mark('cc-library:early-read');
    return summaries;
  });
});
