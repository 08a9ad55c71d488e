import { render } from 'preact';
import { LibraryApp } from './LibraryApp';
import '@/components/reader.css';
import './library.css';
import './panels.css';

// Marks the bench reads (performance.getEntriesByType('mark')): where the first screen's time goes.
performance.mark('cc-library:script');
render(<LibraryApp />, document.getElementById('app')!);
