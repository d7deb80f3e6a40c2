import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import { emptyQueueText } from './empty-text';

describe('an empty queue', () => {
  it('never says nothing matches while the first pull may still bring rows', async () => {
    const { t } = await createI18n('ru');
    expect(emptyQueueText(t, { loaded: true, replicaRows: 0, firstPull: 'open_work' })).toBe(
      'Открытые заявки загружаются из города…',
    );
    expect(emptyQueueText(t, { loaded: true, replicaRows: 500, firstPull: 'history' })).toBe(
      'Среди загруженных заявок подходящих нет; история ещё загружается из города…',
    );
    expect(emptyQueueText(t, { loaded: false, replicaRows: 0, firstPull: 'done' })).toBe(
      'Заявки загружаются из локальной копии…',
    );
    expect(emptyQueueText(t, { loaded: true, replicaRows: 500, firstPull: 'done' })).toBe(
      'Нет заявок, подходящих под условия.',
    );
    expect(emptyQueueText(t, { loaded: true, replicaRows: 0, firstPull: null })).toBe(
      'В локальной копии пока нет заявок: они появятся после синхронизации с городом.',
    );
  });
});
