import type { DeskSettingsPatch } from '@shared/ipc';
import type { SettingsStore } from '../services/settings';
import type { DeskHandlers } from './register';

export function settingsHandlers(store: SettingsStore) {
  return {
    'settings:get': () => store.get(),
    'settings:update': (patch: DeskSettingsPatch) => store.update(patch),
  } satisfies Pick<DeskHandlers, 'settings:get' | 'settings:update'>;
}
