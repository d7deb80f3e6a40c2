import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '@shared/ipc';
import { createI18n } from '../../i18n';
import { FailureMessage } from './FailureMessage';

const detail = "The city's answer to GET /changes is not in the agreed form (changes.0.issue.id)";

async function show(language: Language) {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <FailureMessage title="Title" failure={{ code: 'malformed', detail }} testId="sync-failure" />
    </I18nextProvider>,
  );
}

describe('a failure told to a person', () => {
  it('says what happened and what to do in Russian, the detail only under «Подробнее»', async () => {
    await show('ru');
    const text = screen.getByTestId('sync-failure-text').textContent ?? '';
    expect(text).toContain('прислал ответ, который приложение не может прочитать');
    expect(text).toContain('повторит попытку');
    expect(text.replace('Title', '')).not.toMatch(/[A-Za-z]{2,}/);
    expect(screen.queryByText(/GET \/changes/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Подробнее' }));
    expect(screen.getByTestId('sync-failure-details').textContent).toContain(detail);
    expect(screen.getByTestId('sync-failure-details').textContent).toContain('malformed');
  });

  it('speaks English when chosen, with a Details line', async () => {
    await show('en');
    expect(screen.getByTestId('sync-failure-text').textContent).toContain('cannot read');
    expect(screen.queryByText(/GET \/changes/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    expect(screen.getByTestId('sync-failure-details').textContent).toContain(detail);
  });
});
