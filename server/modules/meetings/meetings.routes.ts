import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';

export function meetingsRoutes(app: App, deps: ModuleDeps): void {
  void app;
  void deps;
}
