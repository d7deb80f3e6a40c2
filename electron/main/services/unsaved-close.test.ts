import { describe, expect, it } from 'vitest';
import type { MessageBoxSyncOptions, WebContents } from 'electron';
import { askBeforeClosingUnsaved, unsavedCloseOptions } from './unsaved-close';

/** A page refusing to unload, as Electron tells main; says whether main let the window go. */
function refuseUnload(answer: number, language: 'ru' | 'en' = 'ru') {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const asked: MessageBoxSyncOptions[] = [];
  const contents = {
    on: (name: string, handler: typeof listener) => {
      if (name === 'will-prevent-unload') listener = handler;
    },
  };
  askBeforeClosingUnsaved(
    contents as unknown as Pick<WebContents, 'on'>,
    (options) => {
      asked.push(options);
      return answer;
    },
    () => language,
  );
  let closed = false;
  listener?.({ preventDefault: () => (closed = true) });
  return { closed, asked };
}

describe('closing the window while a draft is being saved', () => {
  it('asks in Russian, waiting by default', () => {
    const { asked } = refuseUnload(0);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      message: 'Черновик отчёта ещё сохраняется',
      buttons: ['Подождать', 'Закрыть без сохранения'],
      defaultId: 0,
      cancelId: 0,
    });
  });

  it('keeps the window when the person waits, and closes it when they choose to', () => {
    expect(refuseUnload(0).closed).toBe(false);
    expect(refuseUnload(1).closed).toBe(true);
  });

  it('asks in English when English is chosen', () => {
    expect(unsavedCloseOptions('en').buttons).toEqual(['Wait', 'Close without saving']);
    expect(refuseUnload(0, 'en').asked[0]?.message).toBe('The report draft is still being saved');
  });
});
