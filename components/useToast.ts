import { useRef, useState } from 'preact/hooks';

/** A short status line announced to screen readers, cleared after a few seconds. */
export function useToast(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = (next: string) => {
    setMessage(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), 3500);
  };
  return [message, show];
}
