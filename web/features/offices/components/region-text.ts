import type { OfficeSettings } from '../../../../common/api/offices';
import { formatDecimal } from '../../../components/format/format-number';

/** "Deutschland (Voreinstellung)" or "West 9,85 · Süd 53,6 · Ost 10,15 · Nord 53,8". */
export function describeRegion(settings: Pick<OfficeSettings, 'region' | 'regionIsDefault'>): string {
  if (settings.regionIsDefault) return 'Deutschland (Voreinstellung)';
  const [west = 0, south = 0, east = 0, north = 0] = settings.region;
  return `West ${formatDecimal(west)} · Süd ${formatDecimal(south)} · Ost ${formatDecimal(east)} · Nord ${formatDecimal(north)}`;
}
