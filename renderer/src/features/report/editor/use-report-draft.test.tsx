import { StrictMode, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../i18n';
import { createDb, type DeskDb } from '../../../db/database';
import type { ReportRecord } from '../../../db/records';
import { queueReport, saveReportDraft, type ReportDraftInput } from '../../../db/repositories';
import { openDraftFor } from '../drafts';
import { SubmitBar } from './SubmitBar';
import { useReportDraft, type ReportDraftOptions } from './use-report-draft';

const photo = { sha256: 'a'.repeat(64), role: 'after' as const };
let db: DeskDb;
let report: ReportRecord;

beforeEach(async () => {
  db = createDb({ name: `report-draft-${crypto.randomUUID()}` });
  const id = await openDraftFor(db, 'iss-1', 'st-4');
  const stored = await db.reports.get(id);
  if (!stored) throw new Error('the draft was not opened');
  report = stored;
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const onDisk = async () => (await db.reports.get(report.clientReportId))?.text;

/** A writer that records what it wrote and holds the first write until the test lets it go. */
function holdingFirstWrite() {
  const written: string[] = [];
  let release = () => {};
  const firstHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  let first = true;
  const save = async (target: DeskDb, draft: ReportDraftInput) => {
    if (first) {
      first = false;
      await firstHeld;
    }
    await saveReportDraft(target, draft);
    written.push(draft.text);
  };
  return { save, written, release: () => release() };
}

function renderDraft(options: Partial<ReportDraftOptions> = {}, strict = false) {
  const wrapper = strict
    ? ({ children }: { children: ReactNode }) => <StrictMode>{children}</StrictMode>
    : undefined;
  return renderHook(
    () => useReportDraft({ db, report, authorId: 'st-4', editable: true, ...options }),
    wrapper ? { wrapper } : {},
  );
}

describe('useReportDraft', () => {
  it('saves rapid edits in order, says "saved" only once the last one is on disk, and the last one wins', async () => {
    const writer = holdingFirstWrite();
    const { result } = renderDraft({ save: writer.save });
    act(() => result.current.update({ text: 'Му' }));
    act(() => result.current.update({ text: 'Мусор' }));
    act(() => result.current.update({ text: 'Мусор убран' }));
    act(() => result.current.update({ text: 'Мусор убран, двор подметён.' }));
    expect(result.current.fields.text).toBe('Мусор убран, двор подметён.');
    expect(result.current.saveState.kind).toBe('saving');
    expect(await onDisk()).toBe('');

    act(() => writer.release());
    await waitFor(() => expect(result.current.saveState.kind).toBe('saved'));
    expect(await onDisk()).toBe('Мусор убран, двор подметён.');
    // Each write is of a later edit than the one before; a stale draft is never written last.
    const order = ['Му', 'Мусор', 'Мусор убран', 'Мусор убран, двор подметён.'];
    const positions = writer.written.map((text) => order.indexOf(text));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(writer.written.at(-1)).toBe('Мусор убран, двор подметён.');
  });

  it('keeps the words typed while a photo was being added, and the photo', async () => {
    const { result } = renderDraft();
    act(() => result.current.update({ text: 'Площадка убрана' }));
    // The photo pipeline answers later, against the draft as it is by then.
    act(() => result.current.update(({ photos }) => ({ photos: [...photos, photo] })));
    act(() => result.current.update({ text: 'Площадка убрана, мешки вывезены' }));
    await act(async () => expect(await result.current.flush()).toBe(true));
    const stored = await db.reports.get(report.clientReportId);
    expect(stored?.text).toBe('Площадка убрана, мешки вывезены');
    expect(stored?.photos).toEqual([photo]);
  });

  it('writes nothing for a report that is no longer editable', async () => {
    const { result } = renderDraft({ editable: false });
    act(() => result.current.update({ text: 'Изменено' }));
    expect(result.current.fields.text).toBe('Изменено');
    await act(async () => expect(await result.current.flush()).toBe(true));
    expect(await onDisk()).toBe('');
  });

  it('under StrictMode opens without writing and saves each edit once, to the one draft', async () => {
    let writes = 0;
    const save = (target: DeskDb, draft: ReportDraftInput) => {
      writes += 1;
      return saveReportDraft(target, draft);
    };
    const { result } = renderDraft({ save }, true);
    await act(async () => {});
    expect(writes).toBe(0);
    act(() => result.current.update(({ text }) => ({ text: `${text}Двор убран` })));
    await act(async () => expect(await result.current.flush()).toBe(true));
    expect(writes).toBe(1);
    expect(await onDisk()).toBe('Двор убран');
    expect(await db.reports.where('issueId').equals('iss-1').count()).toBe(1);
  });
});

/** The editor's save line with a text field, as the person sees it. */
function DraftForm(props: Pick<ReportDraftOptions, 'save'>) {
  const draft = useReportDraft({ db, report, authorId: 'st-4', editable: true, ...props });
  return (
    <>
      <textarea
        aria-label="Текст отчёта"
        value={draft.fields.text}
        onChange={(e) => draft.update({ text: e.target.value })}
      />
      <SubmitBar
        problems={[]}
        saveState={draft.saveState}
        submitError={null}
        busy={false}
        onSubmit={() => {}}
        onRetry={draft.retry}
      />
    </>
  );
}

describe('a draft that cannot be saved', () => {
  it('is said to the person, stays in the form, and is saved on "Повторить"', async () => {
    let failing = true;
    const save = async (target: DeskDb, draft: ReportDraftInput) => {
      if (failing) throw new DOMException('The disk is full', 'QuotaExceededError');
      await saveReportDraft(target, draft);
    };
    render(
      <StrictMode>
        <I18nextProvider i18n={await createI18n('ru')}>
          <DraftForm save={save} />
        </I18nextProvider>
      </StrictMode>,
    );
    fireEvent.change(screen.getByLabelText('Текст отчёта'), { target: { value: 'Мусор вывезен' } });

    expect(await screen.findByTestId('draft-save-error')).toHaveProperty(
      'textContent',
      expect.stringContaining('Не удалось сохранить черновик на этом компьютере'),
    );
    expect(screen.getByTestId('draft-save-error').textContent).toContain('Подробнее: The disk is full');
    expect(screen.getByTestId('draft-state').textContent).toBe('Черновик не сохранён');
    expect(screen.getByLabelText('Текст отчёта')).toHaveProperty('value', 'Мусор вывезен');
    expect(await onDisk()).toBe('');

    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    await waitFor(() =>
      expect(screen.getByTestId('draft-state').textContent).toBe('Черновик сохранён на этом компьютере'),
    );
    expect(screen.queryByTestId('draft-save-error')).toBeNull();
    expect(await onDisk()).toBe('Мусор вывезен');
  });

  it('is saved by the next edit too, with everything typed so far', async () => {
    let failures = 1;
    const save = async (target: DeskDb, draft: ReportDraftInput) => {
      if (failures-- > 0) throw new Error('write failed');
      await saveReportDraft(target, draft);
    };
    render(
      <I18nextProvider i18n={await createI18n('en')}>
        <DraftForm save={save} />
      </I18nextProvider>,
    );
    fireEvent.change(screen.getByLabelText('Текст отчёта'), { target: { value: 'Rubbish' } });
    expect((await screen.findByTestId('draft-save-error')).textContent).toContain(
      'The draft could not be saved on this computer',
    );
    fireEvent.change(screen.getByLabelText('Текст отчёта'), { target: { value: 'Rubbish removed' } });
    await waitFor(() =>
      expect(screen.getByTestId('draft-state').textContent).toBe('Draft saved on this computer'),
    );
    expect(await onDisk()).toBe('Rubbish removed');
  });

  it('sent from another window meanwhile, is said so and not retried', async () => {
    await queueReport(db, report.clientReportId);
    render(
      <I18nextProvider i18n={await createI18n('ru')}>
        <DraftForm />
      </I18nextProvider>,
    );
    fireEvent.change(screen.getByLabelText('Текст отчёта'), { target: { value: 'Поздно' } });
    expect((await screen.findByTestId('draft-save-error')).textContent).toContain(
      'Этот отчёт уже отправлен из другого окна',
    );
    expect(screen.queryByRole('button', { name: 'Повторить' })).toBeNull();
  });
});
