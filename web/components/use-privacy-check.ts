import { useEffect, useState } from 'react';
import type { PrivacyResult } from '../../common/privacy/kinds';
import { useDebouncedValue } from './use-debounced-value';

/**
 * The privacy guard in the browser (loaded on first use: it carries name lists), run on the text after a pause:
 * the same check the server runs on saving.
 */
export function usePrivacyCheck(text: string): { result: PrivacyResult | null; checked: string } {
  const debounced = useDebouncedValue(text, 250);
  const [state, setState] = useState<{ result: PrivacyResult | null; checked: string }>({ result: null, checked: '' });
  useEffect(() => {
    let current = true;
    if (!debounced.trim()) {
      setState({ result: null, checked: '' });
      return;
    }
    void import('../../common/privacy').then(({ checkPrivacy }) => {
      if (current) setState({ result: checkPrivacy(debounced), checked: debounced });
    });
    return () => {
      current = false;
    };
  }, [debounced]);
  return state;
}
