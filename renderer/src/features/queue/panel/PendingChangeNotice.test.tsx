import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { User } from '@shared/domain';
import { createI18n } from '../../../i18n';
import { createDb, type DeskDb } from '../../../db/database';
import { CityClient } from '../../../city/client';
import { CitySession } from '../../../city/session';
import { SyncEngine } from '../../../sync/engine';
import { SessionContext, type SessionControl } from '../../auth/session-context';
import { issueRecord, lookups } from '../testing/fixtures';
import { PendingChangeNotice } from './PendingChangeNotice';

const user: User = {
  id: 'st-9',
  name: 'Князева Ю. В.',
  role: 'dispatcher',
  companyId: 'co',
  companyName: 'Co',
};
let db: DeskDb;

afterEach(async () => {
  db.close();
  await db.delete();
});

async function renderRefused() {
  db = createDb({ name: `pending-notice-${Math.random()}` });
  // The city refused the assignment to st-2 (412): st-1 had been assigned by someone else meanwhile.
  const seq = await db.outbox.add({
    kind: 'issue_patch',
    issueId: 'iss-1',
    payload: { issueId: 'iss-1', patch: { assigneeId: 'st-2' }, baseRev: 1 },
    idempotencyKey: 'k-1',
    createdAt: '2026-11-25T09:00:00Z',
    state: 'refused',
    attempts: 1,
    nextAttemptAt: 0,
    lastError: {
      code: 'precondition_failed',
      message: 'The issue changed',
      at: '2026-11-25T09:00:01Z',
      transient: false,
    },
  });
  const issue = issueRecord({
    id: 'iss-1',
    status: 'in_progress',
    assigneeId: 'st-1',
    rev: 2,
    pending: { outboxSeq: seq, assigneeId: 'st-2', state: 'refused', error: 'The issue changed' },
  });
  await db.issues.add(issue);
  const session = new CitySession(
    'http://127.0.0.1:9',
    { accessToken: null, refreshToken: 'r', user },
    {
      onTokens: async () => {},
      onLost: () => {},
    },
  );
  const client = new CityClient('http://127.0.0.1:9', session);
  const engine = new SyncEngine({ db, client, user });
  const localChange = vi.spyOn(engine, 'localChange').mockImplementation(() => {});
  const control: SessionControl = {
    state: {
      kind: 'signed-in',
      workspace: { serverUrl: 'http://127.0.0.1:9', user, db, client, session, engine },
      expired: false,
    },
    signIn: async () => null,
    signOut: async () => {},
    reauthenticate: () => {},
    notices: [],
    dismissNotice: () => {},
  };
  render(
    <I18nextProvider i18n={await createI18n('ru')}>
      <SessionContext.Provider value={control}>
        <PendingChangeNotice issue={issue} lookups={lookups()} />
      </SessionContext.Provider>
    </I18nextProvider>,
  );
  return { seq, localChange };
}

describe('a refused change in the issue panel', () => {
  it('says who has the issue now and what the person asked for', async () => {
    await renderRefused();
    expect(screen.getByText('Город не принял изменение')).toBeTruthy();
    expect(screen.getByTestId('refused-change').textContent).toContain(
      'Заявку уже изменил другой сотрудник: сейчас исполнитель — Яковлев Пётр Ильич.',
    );
    expect(screen.getByTestId('refused-change').textContent).toContain(
      'исполнитель — Абрамова Анна Сергеевна',
    );
  });

  it('sends it again over the issue as it is now', async () => {
    const { seq, localChange } = await renderRefused();
    fireEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    await waitFor(async () => expect((await db.outbox.get(seq))?.state).toBe('waiting'));
    const item = await db.outbox.get(seq);
    expect(item?.kind === 'issue_patch' ? item.payload.baseRev : null).toBe(2);
    expect((await db.issues.get('iss-1'))?.pending?.state).toBe('pending');
    expect(localChange).toHaveBeenCalled();
  });

  it('or drops it, leaving the city’s assignment', async () => {
    const { seq } = await renderRefused();
    fireEvent.click(screen.getByRole('button', { name: 'Отменить' }));
    await waitFor(async () => expect(await db.outbox.get(seq)).toBeUndefined());
    expect((await db.issues.get('iss-1'))?.pending).toBeUndefined();
  });
});
