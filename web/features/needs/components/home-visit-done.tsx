import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { NeedDetail } from '../../../../common/api/needs';
import { Button } from '../../../components/ui/button';
import './need-capture.css';

type HomeVisitDoneProps = {
  need: NeedDetail;
  /** Where the saved need can be read (the page knows the address). */
  needPath: string;
  onNext: () => void;
};

/** After saving on a home visit: a short confirmation, and straight on to the next need in the same space. */
export function HomeVisitDone({ need, needPath, onNext }: HomeVisitDoneProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, []);
  const summary = need.text.length > 120 ? `${need.text.slice(0, 117)}…` : need.text;
  return (
    <section className="app-home-visit app-home-visit__done" aria-labelledby="home-visit-done">
      <div className="kern-alert kern-alert--success app-alert">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--success" aria-hidden="true" />
          <h2 className="kern-title app-focus-target" id="home-visit-done" tabIndex={-1} ref={headingRef}>
            Bedarf gespeichert
          </h2>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">
            {need.spaceName}: „{summary}“
            {need.topics.length ? ` – ${need.topics.map((t) => t.name).join(', ')}` : ''}
          </p>
        </div>
      </div>
      <div className="kern-btn-wrapper app-button-row">
        <Button onClick={onNext}>
          Nächsten Bedarf erfassen
        </Button>
      </div>
      <p className="kern-body">
        <Link className="kern-link" to={needPath}>
          Gespeicherten Bedarf ansehen
        </Link>
      </p>
    </section>
  );
}
