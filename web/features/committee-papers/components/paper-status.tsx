import { formatDate } from '../../../components/format/format-date';
import { Badge } from '../../../components/ui/badge';

/** "Entwurf" or "veröffentlicht" (with the day, where there is room for it). */
export function PaperStatus({ publishedAt, withDate = false }: { publishedAt: string | null; withDate?: boolean }) {
  if (!publishedAt) return <Badge tone="warning">Entwurf</Badge>;
  return <Badge tone="success">{withDate ? `veröffentlicht am ${formatDate(publishedAt)}` : 'veröffentlicht'}</Badge>;
}
