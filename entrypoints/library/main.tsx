import { render } from 'preact';
import { takeEarlyFirstScreen, whenFirstScreen } from '@/utils/store/firstScreen';
import { LibraryApp } from './LibraryApp';
import '@/components/reader.css';
import './library.css';
import './panels.css';

/** How long the page waits for library-early.js's read before it draws without it (then the read fills it in). */
const EARLY_WAIT_MS = 200;

// Marks the bench reads (performance.getEntriesByType('mark')): where the first screen's time goes.
performance.mark('cc-library:script');
const early = takeEarlyFirstScreen();
whenFirstScreen(early, EARLY_WAIT_MS, (summaries) => {
  performance.mark('cc-library:render');
  render(<LibraryApp first={summaries} early={early} />, document.getElementById('app')!);
});
