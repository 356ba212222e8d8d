import type { ReactNode } from 'react';

export function Badge({ tone, children }: { tone: 'info' | 'success' | 'warning' | 'danger'; children: ReactNode }) {
  return (
    <span className={`kern-badge kern-badge--${tone} app-badge`}>
      <span className="kern-label">{children}</span>
    </span>
  );
}
