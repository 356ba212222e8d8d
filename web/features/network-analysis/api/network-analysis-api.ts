import { z } from 'zod';
import { contributionWeightsBody, manyShoulders, networkGraph } from '../../../../common/api/network-analysis';
import { mySpaces } from '../../../../common/api/needs';
import { socialSpace } from '../../../../common/api/social-spaces';
import { apiFetch, withQuery } from '../../../components/api/api-fetch';

// "Viele Schultern" (who carried the network work of a space) and the network of organisations, with its exports.

export type PeriodKey = { spaceId: string; from: string; to: string };
/** The network of one space (or of the whole office when spaceId is empty), optionally of some organisation types. */
export type NetworkKey = { spaceId: string; from: string; to: string; types: readonly string[] };
export type ContributionWeights = z.infer<typeof contributionWeightsBody>;

export const networkAnalysisKeys = {
  all: ['network-analysis'] as const,
  manyShoulders: (key: PeriodKey) => ['network-analysis', 'many-shoulders', key.spaceId, key.from, key.to] as const,
  weights: ['network-analysis', 'weights'] as const,
  network: (key: NetworkKey) => ['network-analysis', 'network', key.spaceId, key.from, key.to, key.types.join(',')] as const,
  // Outside 'network-analysis': changing the weights refetches the figures, not the spaces.
  spaces: ['network-analysis-spaces'] as const,
  mySpaces: ['network-analysis-my-spaces'] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const networkQuery = (key: NetworkKey) => ({ spaceId: key.spaceId || undefined, from: key.from, to: key.to, types: key.types.join(',') || undefined });

export const fetchManyShoulders = (key: PeriodKey, signal?: AbortSignal) =>
  apiFetch('/api/network-analysis/many-shoulders', manyShoulders, { query: key, ...withSignal(signal) });
export const fetchWeights = (signal?: AbortSignal) => apiFetch('/api/network-analysis/weights', contributionWeightsBody, withSignal(signal));
export const saveWeights = (body: ContributionWeights) => apiFetch('/api/network-analysis/weights', contributionWeightsBody, { method: 'PUT', body });
export const fetchNetwork = (key: NetworkKey, signal?: AbortSignal) =>
  apiFetch('/api/network-analysis/network', networkGraph, { query: networkQuery(key), ...withSignal(signal) });

/** The addresses of the exports (plain links: the server sends them as downloads). */
export const networkCsvUrl = (key: NetworkKey) => withQuery('/api/network-analysis/network.csv', networkQuery(key));
export const networkGraphmlUrl = (key: NetworkKey) => withQuery('/api/network-analysis/network.graphml', networkQuery(key));

export const fetchSpaces = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));
/** The spaces where the user is on the team today (managers: all), to open the page on one of them. */
export const fetchMySpaces = (signal?: AbortSignal) => apiFetch('/api/needs/my-spaces', mySpaces, withSignal(signal));
