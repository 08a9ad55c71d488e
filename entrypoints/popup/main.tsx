import { render } from 'preact';
import { PopupApp } from './PopupApp';
import { fitPopupToWindow } from './fitPopup';
import { startReading } from './usePageArticle';
import { warmUpBody } from '@/components/articleBody';
import { warmUpSanitiser } from '@/utils/article/sanitize';
import '@/components/reader.css';
import './popup.css';

// The page is read while the popup draws its first frame, not after it.
void startReading();
fitPopupToWindow();
render(<PopupApp />, document.getElementById('app')!);
// While the page is read (the popup has nothing else to do), the body's sanitiser (the in-place one: the page sends
// the body as a tree, sanitizeRawArticle) and its preparation get set up and compiled.
setTimeout(() => warmUpBody(() => warmUpSanitiser(window)), 0);
