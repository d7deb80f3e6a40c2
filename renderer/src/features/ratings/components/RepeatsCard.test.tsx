import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { LanguageContext } from '../../../app/desk-context';
import { createI18n } from '../../../i18n';
import { RepeatsCard } from './RepeatsCard';

async function renderIn(language: 'ru' | 'en', element: React.ReactElement) {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={{ language, setLanguage: async () => null }}>
        <MemoryRouter>{element}</MemoryRouter>
      </LanguageContext.Provider>
    </I18nextProvider>,
  );
}

describe('the repeat complaints card', () => {
  it('says it is still looking while the repeats are worked out after the other figures', async () => {
    await renderIn('ru', <RepeatsCard repeats={null} />);
    expect(screen.getByText('Повторные жалобы')).toBeTruthy();
    expect(screen.getByText('Ищем повторные жалобы…')).toBeTruthy();
    expect(screen.queryByTestId('repeats-table')).toBeNull();
  });

  it('shows the tables once they have come', async () => {
    const row = {
      key: 'roof',
      name: { ru: 'Протечка кровли', en: 'Roof leak' },
      count: 2,
      share: 1,
      target: null,
    };
    await renderIn(
      'en',
      <RepeatsCard repeats={{ total: 2, issues: 10, byTopic: [row], byBuilding: [], byStaff: [] }} />,
    );
    expect(screen.queryByText('Looking for repeat complaints…')).toBeNull();
    expect(screen.getAllByTestId('repeats-table')).toHaveLength(3);
    expect(screen.getByText('Roof leak')).toBeTruthy();
  });
});
