import type { ComponentChildren } from 'preact';

interface Props {
  tone: 'loading' | 'info' | 'warning' | 'error';
  title: string;
  detail?: string;
  children?: ComponentChildren;
}

/** Loading, empty, not-an-article and error states share one calm layout. */
export function StatusView({ tone, title, detail, children }: Props) {
  return (
    <div class={`cc-status cc-status-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      {tone === 'loading' ? <span class="cc-spinner" aria-hidden="true" /> : <span class="cc-status-icon" aria-hidden="true">{tone === 'error' ? '⚠' : tone === 'warning' ? '📄' : 'ℹ'}</span>}
      <p class="cc-status-title">{title}</p>
      {detail && <p class="cc-status-detail">{detail}</p>}
      {children && <div class="cc-status-actions">{children}</div>}
    </div>
  );
}
