import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { User } from '@shared/domain';
import { createI18n } from '../../../i18n';
import { createDb, type DeskDb } from '../../../db/database';
import { SignedIn, testWorkspace } from '../../../app/session/test/signed-in';
import { issueRecord, lookups } from '../test/fixtures';
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
  render(
    <I18nextProvider i18n={await createI18n('ru')}>
      <SignedIn workspace={testWorkspace(db, user)}>
        <PendingChangeNotice issue={issue} lookups={lookups()} />
      </SignedIn>
    </I18nextProvider>,
  );
  return { seq };
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

  it('sends it again over the issue as it is now (the engine notices the waiting row by itself)', async () => {
    const { seq } = await renderRefused();
    fireEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    await waitFor(async () => expect((await db.outbox.get(seq))?.state).toBe('waiting'));
    const item = await db.outbox.get(seq);
    expect(item?.kind === 'issue_patch' ? item.payload.baseRev : null).toBe(2);
    expect((await db.issues.get('iss-1'))?.pending?.state).toBe('pending');
  });

  it('or drops it, leaving the city’s assignment', async () => {
    const { seq } = await renderRefused();
    fireEvent.click(screen.getByRole('button', { name: 'Отменить' }));
    await waitFor(async () => expect(await db.outbox.get(seq)).toBeUndefined());
    expect((await db.issues.get('iss-1'))?.pending).toBeUndefined();
  });
});
