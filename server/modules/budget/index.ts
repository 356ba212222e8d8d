import type { AppModule } from '../../platform/module';
import { seedBudget } from './budget.demo';
import { budgetRoutes } from './budget.routes';

export { budgetReport, type BudgetFigures, type BudgetLineFigures } from './budget.report';

export const budgetModule: AppModule = { name: 'budget', routes: budgetRoutes, seedDemo: seedBudget };
