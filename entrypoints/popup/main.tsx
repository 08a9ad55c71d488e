import { render } from 'preact';
import { PopupApp } from './PopupApp';
import { fitPopupToWindow } from './fitPopup';
import { startReading } from './usePageArticle';
import '@/components/reader.css';
import './popup.css';

// The page is read while the popup draws its first frame, not after it.
void startReading();
fitPopupToWindow();
render(<PopupApp />, document.getElementById('app')!);
