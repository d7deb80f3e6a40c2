import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ClusterRecord } from '@shared/clusters';
import { createI18n } from '../../../i18n';
import { createDb, type DeskDb } from '../../../db/database';
import { readClusterOverrides } from '../../../db/cluster-overrides';
import { issueRecord } from '../test/fixtures';
import { ClusterSiblings } from './ClusterSiblings';
import { RepeatNotice } from './RepeatNotice';

let db: DeskDb;

afterEach(async () => {
  db.close();
  await db.delete();
});

async function withIssues(): Promise<void> {
  db = createDb({ name: `cluster-parts-${Math.random()}` });
  await db.issues.bulkAdd([
    issueRecord({ id: 'old', number: 'НГ-2026-0000001', status: 'resolved' }),
    issueRecord({ id: 'a', number: 'НГ-2026-0000002', description: 'Гора мусора у третьего подъезда' }),
    issueRecord({ id: 'b', number: 'НГ-2026-0000003', description: 'Контейнеры не вывозят неделю' }),
    issueRecord({ id: 'c', number: 'НГ-2026-0000004', description: 'Мусор разносит ветер' }),
  ]);
  await db.reports.add({
    clientReportId: '00000000-0000-4000-8000-000000000001',
    issueId: 'old',
    authorId: 'st-1',
    text: 'Мусор вывезен, площадка убрана.',
    photos: [],
    completedAt: '2026-11-20T10:00:00+03:00',
    localState: null,
    updatedAt: '2026-11-20T10:00:00+03:00',
    status: 'accepted',
    decidedAt: '2026-11-20T12:00:00+03:00',
  });
}

const cluster: ClusterRecord = {
  id: 'cl-a',
  issueIds: ['a', 'b', 'c'],
  count: 3,
  earliestDeadlineAt: '2026-12-04T23:59:59+03:00',
  newestReceivedAt: '2026-11-30T10:00:00+03:00',
  sectionId: 'yard',
};

describe('what the issue panel shows of repeats and clusters', () => {
  it('marks a repeat with the earlier issue and the answer the city accepted for it', async () => {
    await withIssues();
    const onOpenIssue = vi.fn();
    render(
      <I18nextProvider i18n={await createI18n('ru')}>
        <RepeatNotice
          db={db}
          repeat={{ issueId: 'old', resolvedAt: '2026-11-20T12:00:00+03:00', assigneeId: 'st-1' }}
          language="ru"
          onOpenIssue={onOpenIssue}
        />
      </I18nextProvider>,
    );
    expect(screen.getByText('Повторная жалоба')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('repeat-earlier-answer').textContent).toBe('Мусор вывезен, площадка убрана.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Открыть заявку НГ-2026-0000001' }));
    expect(onOpenIssue).toHaveBeenCalledWith('old');
  });

  it('lists the other issues of the cluster in their words; assigns the whole cluster; splits this one off', async () => {
    await withIssues();
    const onAssignAll = vi.fn();
    render(
      <I18nextProvider i18n={await createI18n('ru')}>
        <ClusterSiblings
          db={db}
          issueId="a"
          cluster={cluster}
          canAssign
          onAssignAll={onAssignAll}
          onOpenIssue={() => {}}
        />
      </I18nextProvider>,
    );
    expect(screen.getByText('Ещё 2 жалобы об этом')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('cluster-sibling')).toHaveLength(2));
    expect(screen.getByTestId('cluster-siblings').textContent).toContain('Контейнеры не вывозят неделю');
    expect(screen.getByTestId('cluster-siblings').textContent).not.toContain('Гора мусора');
    fireEvent.click(screen.getByRole('button', { name: 'Назначить всю группу (3)' }));
    expect(onAssignAll).toHaveBeenCalledWith(['a', 'b', 'c']);
    fireEvent.click(screen.getByRole('button', { name: 'Не про это: отделить от группы' }));
    await waitFor(async () =>
      expect((await readClusterOverrides(db)).map(({ kind, issueIds }) => ({ kind, issueIds }))).toEqual([
        { kind: 'split', issueIds: ['a'] },
      ]),
    );
  });
});
