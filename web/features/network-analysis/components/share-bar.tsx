import { percent } from './period';

/** A share written out ("27 %") with a bar behind it; the bar only decorates the figure. */
export function ShareBar({ share }: { share: number }) {
  const width = Math.max(0, Math.min(100, share * 100));
  return (
    <span className="app-share">
      <span className="app-share__figure">{percent(share)}</span>
      <span className="app-share__track" aria-hidden="true">
        <span className="app-share__bar" style={{ width: `${width}%` }} />
      </span>
    </span>
  );
}
