import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../i18n';
import type { IssueRecord, ReportRecord } from '../../../db/records';
import { ClusterMembers } from './ClusterMembers';
import type { ClusterPlan } from './use-cluster-plan';

const issue = (id: string, description: string): IssueRecord =>
  ({
    id,
    number: `НГ-2026-000000${id}`,
    address: 'ул. Проверочная, д. 7',
    description,
  }) as IssueRecord;

const refused: ReportRecord = {
  clientReportId: 'r3',
  issueId: '3',
  authorId: 'me',
  text: 'Мусор вывезен, площадка подметена.',
  photos: [],
  completedAt: '2026-12-01T10:00:00Z',
  localState: 'refused',
  updatedAt: '2026-12-01T10:00:00Z',
  clusterOf: 'r1',
  refusal: { code: 'issue_state', message: '409 Issue state', at: '2026-12-01T10:01:00Z' },
};

function planOf(change: ClusterPlan['change']): ClusterPlan {
  return {
    rows: [
      {
        member: { issueId: '2', clientReportId: 'r2', included: true, ownText: null },
        issue: issue('2', 'Гора мусора'),
        report: undefined,
      },
      {
        member: { issueId: '3', clientReportId: 'r3', included: true, ownText: null },
        issue: issue('3', 'Урна разбита'),
        report: refused,
      },
      {
        member: { issueId: '4', clientReportId: 'r4', included: false, ownText: null },
        issue: issue('4', 'Не вывозят'),
        report: undefined,
      },
    ],
    answered: 3,
    afterPhotoRequired: false,
    latestReceivedAt: null,
    problems: [],
    change,
    flush: async () => true,
  };
}

describe('the issues a cluster report answers', () => {
  it('lists each in its resident’s words, lets one be left out or given its own words, and tells a refusal', async () => {
    const change = vi.fn();
    render(
      <I18nextProvider i18n={await createI18n('ru')}>
        <ClusterMembers
          issue={issue('1', 'Мусор у подъезда')}
          plan={planOf(change)}
          editable
          showProblems={false}
        />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Отчёт получат 3 заявки' })).toBeTruthy();
    const rows = screen.getAllByTestId('cluster-member');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Мусор у подъезда'),
      expect.stringContaining('Гора мусора'),
      expect.stringContaining('Урна разбита'),
      expect.stringContaining('Не получит отчёт'),
    ]);
    const [, second, third] = rows;
    if (!second || !third) throw new Error('rows missing');
    fireEvent.click(within(second).getByRole('checkbox', { name: 'Ответить на заявку НГ-2026-0000002' }));
    expect(change).toHaveBeenCalledWith('2', { included: false });
    fireEvent.click(within(second).getByRole('button', { name: 'Свой текст' }));
    expect(change).toHaveBeenCalledWith('2', { ownText: '' });
    expect(within(third).getByTestId('cluster-member-refusal-text').textContent).toContain(
      'Город не принял отчёт по заявке НГ-2026-0000003. Заявка сейчас в состоянии',
    );
  });
});
