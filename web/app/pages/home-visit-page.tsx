import { useState } from 'react';
import { Link } from 'react-router';
import type { NeedDetail } from '../../../common/api/needs';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../features/accounts/hooks/use-me';
import { HomeVisitDone } from '../../features/needs/components/home-visit-done';
import { NeedCaptureForm } from '../../features/needs/components/need-capture-form';
import { RecorderSpacesGate } from '../../features/needs/components/recorder-spaces-gate';
import { useRecorderSpaces } from '../../features/needs/hooks/use-recorder-spaces';
import { paths } from '../paths';

/** Bedarf beim Hausbesuch: the three questions for the family on one page, for a tablet, done in under a minute. */
export function HomeVisitPage() {
  const { data: account } = useMe();
  const recorder = useRecorderSpaces(account?.user.id ?? '');
  const [saved, setSaved] = useState<NeedDetail | null>(null);
  const [round, setRound] = useState(0);
  const [nextSpaceId, setNextSpaceId] = useState<string | undefined>(undefined);

  return (
    <div className="app-stack">
      <PageHeading title="Bedarf beim Hausbesuch" preline="Bedarfe" lead="Drei Fragen an die Familie, in ihren Worten. Antippen, was genannt wird – gespeichert wird ohne Namen." />
      <p className="kern-body">
        <Link className="kern-link" to={paths.newNeed}>
          Ausführliches Formular
        </Link>
        {' · '}
        <Link className="kern-link" to={paths.needs}>
          Alle Bedarfe
        </Link>
      </p>
      <RecorderSpacesGate recorder={recorder}>
        {saved ? (
          <HomeVisitDone
            need={saved}
            needPath={paths.need(saved.id)}
            onNext={() => {
              setNextSpaceId(saved.spaceId);
              setSaved(null);
              setRound((r) => r + 1);
            }}
          />
        ) : (
          <NeedCaptureForm
            key={round}
            variant="home_visit"
            spaces={recorder.spaces}
            defaultSpaceId={nextSpaceId ?? recorder.initialSpaceId}
            onSaved={(need) => {
              recorder.remember(need.spaceId);
              setSaved(need);
            }}
          />
        )}
      </RecorderSpacesGate>
    </div>
  );
}
