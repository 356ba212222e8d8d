import type { ReactNode } from 'react';

export type DescriptionItem = { term: string; value: ReactNode };

export function DescriptionList({ items }: { items: DescriptionItem[] }) {
  return (
    <dl className="kern-description-list app-description-list">
      {items.map((item) => (
        <div className="kern-description-list-item" key={item.term}>
          <dt className="kern-description-list-item__key">{item.term}</dt>
          <dd className="kern-description-list-item__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
