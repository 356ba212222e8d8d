import { useState } from 'react';
import { fieldErrorsOf, type ApiError } from '../../../components/api/api-error';
import { invalidInput, type FieldProblem } from '../components/form-errors';

/**
 * The state every "… anlegen" form of this feature shares: the values, the browser's own check, the server's
 * error, and the name of what was just added. Typing clears the old messages; success empties the form.
 */
export function useAddForm<V extends Record<string, string>>(emptyValues: () => V, mutation: { error: unknown; reset: () => void }) {
  const [values, setValues] = useState<V>(emptyValues);
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const error = clientError ?? mutation.error;

  const set = (key: keyof V) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: event.target.value }));
    setClientError(null);
    setAdded(null);
    mutation.reset();
  };

  return {
    values,
    set,
    error,
    errors: fieldErrorsOf(error),
    added,
    /** Shows the browser's own findings like a server answer; returns true when there were any. */
    refuse: (problems: FieldProblem[]) => {
      setClientError(problems.length ? invalidInput(problems) : null);
      return problems.length > 0;
    },
    succeed: (label: string) => {
      setAdded(label);
      setValues(emptyValues());
    },
  };
}
