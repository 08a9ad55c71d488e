import { render } from 'preact';
import { LibraryApp } from './LibraryApp';
import '@/components/reader.css';
import './library.css';
import './panels.css';

render(<LibraryApp />, document.getElementById('app')!);
