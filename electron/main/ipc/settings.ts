import type { SettingsStore } from '../services/settings';
import type { DeskHandlers } from './register';

export function settingsHandlers(
  store: SettingsStore,
): Pick<DeskHandlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => store.get(),
    'settings:update': (patch) => store.update(patch),
  };
}
