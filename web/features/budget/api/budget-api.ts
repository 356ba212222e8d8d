import { z } from 'zod';
import {
  booking,
  budgetHistory,
  budgetLine,
  budgetOfYear,
  budgetSettingsSchema,
  commitment,
  ledger,
  type BudgetSettings,
  type CreateBookingBody,
  type UpdateBudgetLineBody,
} from '../../../../common/api/budget';
import { projectSummary } from '../../../../common/api/projects';
import { socialSpace } from '../../../../common/api/social-spaces';
import { apiFetch, withQuery } from '../../../components/api/api-fetch';

// The social-space budget (Haushalt): a space's year with its lines, the ledger of a line, booking and reversing,
// commitments (Mittelbindungen), receipts, the history across years and the office's settings.

export type BudgetKey = { spaceId: string; year: number };

export const budgetKeys = {
  all: ['budget'] as const,
  year: (key: BudgetKey) => ['budget', 'year', key.spaceId, key.year] as const,
  ledger: (lineId: string) => ['budget', 'ledger', lineId] as const,
  commitments: (key: BudgetKey) => ['budget', 'commitments', key.spaceId, key.year] as const,
  pendingCommitments: ['budget', 'commitments', 'pending'] as const,
  history: (spaceId: string) => ['budget', 'history', spaceId] as const,
  projects: (spaceId: string) => ['budget', 'projects', spaceId] as const,
  settings: ['budget', 'settings'] as const,
  // Outside 'budget': a write refetches the figures, not the list of spaces.
  spaces: ['budget-spaces'] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const lineUrl = (id: string) => `/api/budget/lines/${encodeURIComponent(id)}`;
const bookingUrl = (id: string) => `/api/bookings/${encodeURIComponent(id)}`;
const commitmentUrl = (id: string) => `/api/commitments/${encodeURIComponent(id)}`;

export const fetchBudget = (key: BudgetKey, signal?: AbortSignal) => apiFetch('/api/budget', budgetOfYear, { query: key, ...withSignal(signal) });
export const openBudgetYear = (key: BudgetKey) => apiFetch('/api/budget/years', budgetOfYear, { method: 'POST', body: key });
export const closeBudgetYear = (key: BudgetKey) => apiFetch('/api/budget/years/close', budgetOfYear, { method: 'POST', body: key });
export const updateBudgetLine = (lineId: string, body: UpdateBudgetLineBody) => apiFetch(lineUrl(lineId), budgetLine, { method: 'PATCH', body });

export const fetchLedger = (lineId: string, signal?: AbortSignal) => apiFetch(`${lineUrl(lineId)}/bookings`, ledger, withSignal(signal));
export const createBooking = (lineId: string, body: CreateBookingBody) => apiFetch(`${lineUrl(lineId)}/bookings`, booking, { method: 'POST', body });
export const reverseBooking = (bookingId: string, note: string) => apiFetch(`${bookingUrl(bookingId)}/reversal`, booking, { method: 'POST', body: { note } });

/** The address of a booking's receipt (a plain link: the browser saves the file). */
export const receiptUrl = (bookingId: string) => `${bookingUrl(bookingId)}/receipt`;

/** The address of the year's bookings as CSV for the city's treasury (a plain link: the browser saves the file). */
export const bookingsCsvUrl = (key: BudgetKey) => withQuery('/api/budget/bookings.csv', { year: key.year, spaceId: key.spaceId });

export const fetchSpaces = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));

/** The projects of a space, to book for (the server checks that the project belongs to the line's space). */
export const fetchSpaceProjects = (spaceId: string, signal?: AbortSignal) =>
  apiFetch('/api/projects', z.array(projectSummary), { query: { spaceId }, ...withSignal(signal) });

export const fetchCommitments = (query: { spaceId?: string; year?: number; status?: string }, signal?: AbortSignal) =>
  apiFetch('/api/budget/commitments', z.array(commitment), { query, ...withSignal(signal) });
export const decideCommitment = (id: string, body: { decision: 'approved' | 'rejected'; note: string }) =>
  apiFetch(`${commitmentUrl(id)}/decision`, commitment, { method: 'POST', body });
export const releaseCommitment = (id: string, note: string) => apiFetch(`${commitmentUrl(id)}/release`, commitment, { method: 'POST', body: { note } });

export const fetchHistory = (spaceId: string, signal?: AbortSignal) => apiFetch('/api/budget/history', budgetHistory, { query: { spaceId }, ...withSignal(signal) });

export const fetchSettings = (signal?: AbortSignal) => apiFetch('/api/budget-settings', budgetSettingsSchema, withSignal(signal));
export const saveSettings = (body: BudgetSettings) => apiFetch('/api/budget-settings', budgetSettingsSchema, { method: 'PUT', body });


/** Files the receipt of a booking: the raw file as the body, its name in the address (the server checks its bytes). */
export const uploadReceipt = (bookingId: string, file: File) => apiFetch(receiptUrl(bookingId), booking, { method: 'POST', query: { name: file.name }, file });
