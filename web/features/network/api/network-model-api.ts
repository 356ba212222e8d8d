import { z } from 'zod';
import {
  networkCheck,
  networkModelPeriod,
  positionMinimum,
  spaceFigures,
  type createNetworkModelBody,
  type setMinimumsBody,
} from '../../../../common/api/network';
import { networkModels } from '../../../../common/social-space-terms';
import { apiFetch } from '../../../components/api/api-fetch';

export type SetNetworkModelInput = z.input<typeof createNetworkModelBody>;
export type SetMinimumsInput = z.input<typeof setMinimumsBody>;
export type SpaceFigures = z.output<typeof spaceFigures>;
export type PositionMinimum = z.output<typeof positionMinimum>;

const networkModelState = z.object({
  periods: z.array(networkModelPeriod),
  current: z.enum(networkModels).nullable(),
  minimums: z.array(positionMinimum),
});
export type NetworkModelState = z.output<typeof networkModelState>;

export const networkModelKeys = {
  all: ['network-model'] as const,
  state: ['network-model', 'state'] as const,
  check: (date: string) => ['network-model', 'check', date] as const,
  figures: (date: string) => ['network-model', 'figures', date] as const,
};

/** The model with its history, and the minimum positions per space (every signed-in role). */
export const fetchNetworkModel = (signal?: AbortSignal) =>
  apiFetch('/api/network-model', networkModelState, signal ? { signal } : {});

export const setNetworkModel = (body: SetNetworkModelInput) =>
  apiFetch('/api/network-model', networkModelPeriod, { method: 'POST', body });

export const setPositionMinimums = (body: SetMinimumsInput) =>
  apiFetch('/api/network-model/minimums', z.array(positionMinimum), { method: 'PUT', body });

/** What the model in force on the date requires of every space, and what is missing. */
export const fetchNetworkCheck = (date: string, signal?: AbortSignal) =>
  apiFetch('/api/network-model/check', networkCheck, { query: { date }, ...(signal ? { signal } : {}) });

/** Counts per space on the date: no names, so the committee may read them too. */
export const fetchSpaceFigures = (date: string, signal?: AbortSignal) =>
  apiFetch('/api/social-spaces/figures', z.array(spaceFigures), { query: { date }, ...(signal ? { signal } : {}) });
