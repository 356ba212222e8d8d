import { z } from 'zod';
import { booking, budgetOfYear, ledger, type CreateBookingBody } from '../../../../common/api/budget';
import { socialSpace } from '../../../../common/api/social-spaces';
import { apiFetch, withQuery } from '../../../components/api/api-fetch';

// The social-space budget (Haushalt): a space's year with its lines, the ledger of a line, booking and reversing.

export type BudgetKey = { spaceId: string; year: number };

export const budgetKeys = {
  all: ['budget'] as const,
  year: (key: BudgetKey) => ['budget', 'year', key.spaceId, key.year] as const,
  ledger: (lineId: string) => ['budget', 'ledger', lineId] as const,
  // Outside 'budget': a write refetches the figures, not the list of spaces.
  spaces: ['budget-spaces'] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const lineUrl = (id: string) => `/api/budget/lines/${encodeURIComponent(id)}`;

export const fetchBudget = (key: BudgetKey, signal?: AbortSignal) => apiFetch('/api/budget', budgetOfYear, { query: key, ...withSignal(signal) });
export const openBudgetYear = (key: BudgetKey) => apiFetch('/api/budget/years', budgetOfYear, { method: 'POST', body: key });
export const closeBudgetYear = (key: BudgetKey) => apiFetch('/api/budget/years/close', budgetOfYear, { method: 'POST', body: key });

export const fetchLedger = (lineId: string, signal?: AbortSignal) => apiFetch(`${lineUrl(lineId)}/bookings`, ledger, withSignal(signal));
export const createBooking = (lineId: string, body: CreateBookingBody) => apiFetch(`${lineUrl(lineId)}/bookings`, booking, { method: 'POST', body });
export const reverseBooking = (bookingId: string, note: string) =>
  apiFetch(`/api/bookings/${encodeURIComponent(bookingId)}/reversal`, booking, { method: 'POST', body: { note } });

/** The address of the year's bookings as CSV for the city's treasury (a plain link: the browser saves the file). */
export const bookingsCsvUrl = (key: BudgetKey) => withQuery('/api/budget/bookings.csv', { year: key.year, spaceId: key.spaceId });

export const fetchSpaces = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));
