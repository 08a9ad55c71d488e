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
      {tone === 'loading' ? <span class="cc-spinner" aria-hidden="true" /> : <StatusIcon tone={tone} />}
      <p class="cc-status-title">{title}</p>
      {detail && <p class="cc-status-detail">{detail}</p>}
      {children && <div class="cc-status-actions">{children}</div>}
    </div>
  );
}

/** Drawn, not emoji: emoji fonts are missing on many Linux desktops and render as boxes. */
function StatusIcon({ tone }: { tone: 'info' | 'warning' | 'error' }) {
  const paths = {
    // a filled circle, the dot of an i, its stem
    info:
      'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 4.5a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Z' +
      'M13 17h-2v-6h2v6Z',
    warning: 'M6 2h8l6 6v14H6V2Zm7 1.5V9h5.5M9 13h8M9 16.5h8M9 20h5',
    error: 'M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z',
  } as const;
  const stroke = tone === 'warning';
  return (
    <svg class={`cc-status-icon cc-status-icon-${tone}`} viewBox="0 0 24 24" width="36" height="36" aria-hidden="true">
      <path
        d={paths[tone]}
        fill={stroke ? 'none' : 'currentColor'}
        stroke={stroke ? 'currentColor' : 'none'}
        stroke-width="1.6"
        stroke-linejoin="round"
      />
    </svg>
  );
}
