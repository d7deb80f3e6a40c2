import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { LanguageContext } from '../../../app/desk-context';
import { createI18n } from '../../../i18n';
import { breakdownsOf } from '../compute/breakdowns';
import { kpisOf } from '../compute/kpis';
import { indexRows } from '../compute/row-index';
import { computeRatings, periodFacts } from '../compute/compute';
import { NOW_MS, choice, mayRows } from '../compute/test/may-holidays';
import { BreakdownTable } from './BreakdownTable';
import { ChangeBadge } from './ChangeBadge';

const index = indexRows(mayRows);
const breakdowns = breakdownsOf(periodFacts(mayRows, index, choice.current, NOW_MS), index);

async function renderAt(element: React.ReactElement) {
  const i18n = await createI18n('ru');
  const router = createMemoryRouter(
    [
      { path: '/ratings', element },
      { path: '/queue', element: <p>queue</p> },
    ],
    { initialEntries: ['/ratings'] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={{ language: 'ru', setLanguage: async () => null }}>
        <RouterProvider router={router} />
      </LanguageContext.Provider>
    </I18nextProvider>,
  );
  return router;
}

describe('a breakdown table', () => {
  it('opens with the most late answers first and sorts by a clicked column', async () => {
    await renderAt(<BreakdownTable kind="staff" rows={breakdowns.byStaff} />);
    const names = () =>
      within(screen.getByTestId('breakdown-staff'))
        .getAllByTestId('breakdown-row')
        .map((row) => row.querySelector('a')?.textContent);
    expect(names()).toEqual(['Иванов Иван', 'Не назначен', 'Петров Пётр']);
    fireEvent.click(screen.getByRole('button', { name: 'Заявок' }));
    expect(names()).toEqual(['Иванов Иван', 'Петров Пётр', 'Не назначен']);
  });

  it('opens the queue on the row’s issues when a row is clicked', async () => {
    const router = await renderAt(<BreakdownTable kind="topic" rows={breakdowns.byTopic} />);
    fireEvent.click(screen.getAllByTestId('breakdown-row')[0] ?? document.body);
    expect(router.state.location.pathname).toBe('/queue');
    expect(router.state.location.search).toBe('?view=all&cat=rubbish');
  });
});

describe('a change against the previous period', () => {
  const { current, previous } = computeRatings(mayRows, { choice, nowMs: NOW_MS });
  const kpi = (id: string) => kpisOf(current, previous).find((one) => one.id === id);

  it('says which way and whether that is better or worse', async () => {
    const onTime = kpi('onTime');
    const score = kpi('avgScore');
    if (!onTime || !score) throw new Error('no KPI');
    await renderAt(
      <>
        <ChangeBadge kpi={onTime} />
        <ChangeBadge kpi={score} />
      </>,
    );
    expect(screen.getByTestId('change-onTime').getAttribute('aria-label')).toBe(
      '+10,0 п. п. лучше к прошлому периоду',
    );
    expect(screen.getByTestId('change-onTime').dataset['meaning']).toBe('good');
    expect(screen.getByTestId('change-avgScore').getAttribute('aria-label')).toBe(
      '−1,00 хуже к прошлому периоду',
    );
  });
});
