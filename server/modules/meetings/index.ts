import type { AppModule } from '../../platform/module';
import { seedMeetings } from './meetings.demo';
import { meetingsRoutes } from './meetings.routes';

export { agendaItemsInPeriod, heldMeetingsInPeriod, type HeldMeetingFigure } from './meetings.figures';
export { meetingsReport, type MeetingsFigures } from './meetings.report';

export const meetingsModule: AppModule = { name: 'meetings', routes: meetingsRoutes, seedDemo: seedMeetings };
