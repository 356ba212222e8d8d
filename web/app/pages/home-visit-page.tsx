import { useState } from 'react';
import { Link } from 'react-router';
import type { NeedDetail } from '../../../common/api/needs';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../features/accounts/hooks/use-me';
import { HomeVisitDone } from '../../features/needs/components/home-visit-done';
import { NeedCaptureForm, type NeedCaptureSpace } from '../../features/needs/components/need-capture-form';
import { useMySpaces, useNeedSpaces } from '../../features/needs/hooks/use-needs';
import { paths } from '../paths';

const rememberKey = (userId: string) => `sozialraum.needs.last-space.${userId}`;

function remembered(userId: string): string | null {
  try {
    return window.localStorage.getItem(rememberKey(userId));
  } catch {
    // Storage may be switched off (private mode); then nothing is remembered.
    return null;
  }
}

function remember(userId: string, spaceId: string) {
  try {
    window.localStorage.setItem(rememberKey(userId), spaceId);
  } catch {
    // See above.
  }
}

/**
 * The spaces in which the signed-in user may record needs (the server's answer: managers all, everyone else the
 * spaces where they are on the team today), and the space to start with: the one of the last capture, or the only one.
 */
export function useRecorderSpaces() {
  const { data: account } = useMe();
  const all = useNeedSpaces();
  const mine = useMySpaces();
  const userId = account?.user.id ?? '';
  const spaceList: NeedCaptureSpace[] = [...(all.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'de')).map((s) => ({ id: s.id, name: s.name }));
  const spaces = mine.data?.allSpaces ? spaceList : spaceList.filter((s) => mine.data?.spaceIds.includes(s.id));
  const last = userId ? remembered(userId) : null;
  const initial = last && spaces.some((s) => s.id === last) ? last : spaces.length === 1 ? spaces[0]?.id : undefined;
  return {
    spaces,
    initialSpaceId: initial,
    isPending: all.isPending || mine.isPending,
    error: all.error ?? mine.error,
    remember: (spaceId: string) => {
      if (userId) remember(userId, spaceId);
    },
  };
}

/** Bedarf beim Hausbesuch: the three questions for the family on one page, for a tablet, done in under a minute. */
export function HomeVisitPage() {
  const recorder = useRecorderSpaces();
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
      {recorder.isPending ? (
        <LoadingIndicator label="Formular wird vorbereitet …" />
      ) : recorder.error ? (
        <ErrorAlert error={recorder.error} title="Das Formular kann nicht geladen werden" />
      ) : recorder.spaces.length === 0 ? (
        <Alert tone="warning" title="Kein Sozialraum">
          <p className="kern-body">
            Sie gehören derzeit zu keinem Sozialraumteam. Bedarfe erfassen Teammitglieder für ihre Sozialräume; bitte wenden Sie sich an die
            Fachbereichsleitung.
          </p>
        </Alert>
      ) : saved ? (
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
    </div>
  );
}
