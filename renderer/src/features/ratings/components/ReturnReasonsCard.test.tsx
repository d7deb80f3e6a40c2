import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { LanguageContext } from '../../../app/desk-context';
import { createI18n } from '../../../i18n';
import { ReturnReasonsCard } from './ReturnReasonsCard';

async function renderIn(language: 'ru' | 'en', element: React.ReactElement) {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={{ language, setLanguage: async () => null }}>
        {element}
      </LanguageContext.Provider>
    </I18nextProvider>,
  );
}

const reasons = {
  returns: 5,
  withoutComment: 1,
  reasons: [
    {
      label: 'Ответ носит формальный характер. Опишите, какие работы выполнены.',
      returns: 3,
      share: 0.6,
      issues: 2,
      otherWordings: ['Ответ формальный.'],
    },
    {
      label: 'Фотоматериалы не соответствуют адресу обращения.',
      returns: 1,
      share: 0.2,
      issues: 1,
      otherWordings: [],
    },
  ],
};

describe('returns by reason', () => {
  it('lists each reason with its returns, share and issues, the costliest first, and the other wordings', async () => {
    await renderIn('ru', <ReturnReasonsCard reasons={reasons} />);
    expect(screen.getByText(/^5 возвратов ответов на заявки периода/)).toBeTruthy();
    const rows = screen.getAllByTestId('return-reason-row').map((row) => row.textContent);
    expect(rows[0]).toMatch(/^Ответ носит формальный характер.*Также писали: «Ответ формальный.»360,0\s?%2$/);
    expect(rows[1]).toMatch(/^Фотоматериалы не соответствуют адресу обращения\.120,0\s?%1$/);
    expect(screen.getByText('Без комментария модератора: 1')).toBeTruthy();
  });

  it('says so when nothing was returned, in English too', async () => {
    await renderIn('en', <ReturnReasonsCard reasons={{ returns: 0, withoutComment: 0, reasons: [] }} />);
    expect(screen.getByText('The moderator returned no answers in this period.')).toBeTruthy();
  });
});
