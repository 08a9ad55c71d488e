import { render } from 'preact';
import { PopupApp } from './PopupApp';
import { fitPopupToWindow } from './fitPopup';
import '@/components/reader.css';
import './popup.css';

fitPopupToWindow();
render(<PopupApp />, document.getElementById('app')!);
