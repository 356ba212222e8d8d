import type { NeedCaptureSpace } from '../components/need-capture-form';
import { useMySpaces, useNeedSpaces } from './use-needs';

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

export type RecorderSpaces = ReturnType<typeof useRecorderSpaces>;

/**
 * The spaces in which the signed-in user (`userId`, '' while unknown) may record needs (the server's answer: managers
 * all, everyone else the spaces where they are on the team today), and the space to start with: the one of the last
 * capture, or the only one.
 */
export function useRecorderSpaces(userId: string) {
  const all = useNeedSpaces();
  const mine = useMySpaces();
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
