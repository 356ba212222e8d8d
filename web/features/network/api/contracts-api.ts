import { z } from 'zod';
import { contract, position, type createContractBody, type createPositionBody } from '../../../../common/api/network';
import { apiFetch, apiFetchNoContent } from '../../../components/api/api-fetch';

export type AddContractInput = z.input<typeof createContractBody>;
export type AddPositionInput = z.input<typeof createPositionBody>;

const contractsOfSpace = z.object({ contracts: z.array(contract), positions: z.array(position) });
export type ContractsOfSpace = z.output<typeof contractsOfSpace>;

export const contractKeys = {
  all: ['contracts'] as const,
  ofSpace: (spaceId: string) => ['contracts', spaceId] as const,
};

/** Contracts and funded positions of a space; the same read rule as the team. */
export const fetchContracts = (spaceId: string, signal?: AbortSignal) =>
  apiFetch(`/api/social-spaces/${encodeURIComponent(spaceId)}/contracts`, contractsOfSpace, signal ? { signal } : {});

/** Refused with 409 when it overlaps another contract under the network model in force at its start. */
export const addContract = (body: AddContractInput) => apiFetch('/api/contracts', contract, { method: 'POST', body });

export const removeContract = (id: string) =>
  apiFetchNoContent(`/api/contracts/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const addPosition = (body: AddPositionInput) => apiFetch('/api/positions', position, { method: 'POST', body });

export const removePosition = (id: string) =>
  apiFetchNoContent(`/api/positions/${encodeURIComponent(id)}`, { method: 'DELETE' });
