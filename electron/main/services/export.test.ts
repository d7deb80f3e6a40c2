import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { createExporter, safeFileName, writeWhole, type SaveDialog, type WriteFile } from './export';

interface FakeWindow {
  id: number;
}
const mainWindow: FakeWindow = { id: 1 };
const documents = '/home/dispatcher/Documents';

function fakeDialog(answer: { canceled: boolean; filePath?: string }) {
  const calls: Array<{ options: SaveDialogOptions; parent: FakeWindow | null }> = [];
  const dialog: SaveDialog<FakeWindow> = {
    show: async (options, parent) => {
      calls.push({ options, parent });
      return answer;
    },
  };
  return { dialog, calls };
}

const csvFilters = [{ name: 'CSV', extensions: ['csv'] }];

describe('saving an export', () => {
  it('asks where, in Documents, parented to the window, and writes the text as UTF-8', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'desk-export-')), 'Очередь.csv');
    const { dialog, calls } = fakeDialog({ canceled: false, filePath: target });
    const exporter = createExporter({ dialog, documentsDir: documents, log: () => {} });
    const saved = await exporter.saveFile(
      {
        suggestedName: 'Очередь.csv',
        content: 'Номер;Адрес\n1;ул. Братиславская, 14\n',
        filters: csvFilters,
      },
      mainWindow,
    );
    expect(saved).toEqual({ path: target });
    expect(calls[0]?.parent).toBe(mainWindow);
    expect(calls[0]?.options).toMatchObject({
      defaultPath: join(documents, 'Очередь.csv'),
      filters: csvFilters,
    });
    expect(readFileSync(target, 'utf8')).toBe('Номер;Адрес\n1;ул. Братиславская, 14\n');
  });

  it('writes bytes as they are', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'desk-export-')), 'photo.jpg');
    const exporter = createExporter({
      dialog: fakeDialog({ canceled: false, filePath: target }).dialog,
      documentsDir: documents,
      log: () => {},
    });
    await exporter.saveFile(
      { suggestedName: 'photo.jpg', content: new Uint8Array([0xff, 0xd8, 0xff, 0x00]), filters: [] },
      null,
    );
    expect([...readFileSync(target)]).toEqual([0xff, 0xd8, 0xff, 0x00]);
  });

  it('answers null when the person cancels, writing nothing', async () => {
    const write = vi.fn<WriteFile>();
    const exporter = createExporter({
      dialog: fakeDialog({ canceled: true, filePath: '' }).dialog,
      documentsDir: documents,
      log: () => {},
      writeFile: write,
    });
    await expect(
      exporter.saveFile({ suggestedName: 'a.csv', content: 'x', filters: [] }, null),
    ).resolves.toBeNull();
    expect(write).not.toHaveBeenCalled();
  });

  it.each([
    ['ENOSPC', 'disk_full', /disk is full/],
    ['EACCES', 'not_permitted', /permission/],
    ['EIO', 'write_failed', /could not be written/],
  ])('turns %s into a failed result with a clear message (%s)', async (code, deskCode, message) => {
    const exporter = createExporter({
      dialog: fakeDialog({ canceled: false, filePath: '/media/usb/a.csv' }).dialog,
      documentsDir: documents,
      log: () => {},
      writeFile: async () => {
        throw Object.assign(new Error(`${code}: failed, write`), { code });
      },
    });
    const saving = exporter.saveFile({ suggestedName: 'a.csv', content: 'x', filters: [] }, null);
    await expect(saving).rejects.toMatchObject({ code: deskCode, message: expect.stringMatching(message) });
  });

  it('leaves no temporary file behind when the write fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-export-'));
    // A non-empty folder of that name: the data is written, the final rename fails.
    const target = join(dir, 'report.csv');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'keep me');
    await expect(writeWhole(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['report.csv']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });

  it('replaces an existing file whole', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'desk-export-')), 'report.csv');
    writeFileSync(target, 'the previous, longer export');
    await writeWhole(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
  });
});

describe('printing to PDF', () => {
  it('prints the calling page on A4 with backgrounds, then asks where to save it', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'desk-export-')), 'Обращение 42.pdf');
    const { dialog, calls } = fakeDialog({ canceled: false, filePath: target });
    const printToPDF = vi.fn(async (_options: PrintToPDFOptions) => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    const exporter = createExporter({ dialog, documentsDir: documents, log: () => {} });
    const saved = await exporter.printToPdf(
      { suggestedName: 'Обращение 42', landscape: true },
      { printToPDF },
      mainWindow,
    );
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', landscape: true, printBackground: true });
    expect(calls[0]?.options).toMatchObject({
      defaultPath: join(documents, 'Обращение 42.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(saved).toEqual({ path: target });
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
  });

  it('reports a failed print as print_failed', async () => {
    const exporter = createExporter({
      dialog: fakeDialog({ canceled: true }).dialog,
      documentsDir: documents,
      log: () => {},
    });
    const page = { printToPDF: async () => Promise.reject(new Error('render process gone')) };
    await expect(exporter.printToPdf({ suggestedName: 'x' }, page, null)).rejects.toMatchObject({
      code: 'print_failed',
    });
  });
});

describe('suggested file names', () => {
  it.each([
    ['Очередь 2026-03-02.csv', 'Очередь 2026-03-02.csv'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Windows\\system.ini', 'system.ini'],
    ['a:b*c?.csv', 'a_b_c_.csv'],
    ['tab\there.csv', 'tab_here.csv'],
    ['CON.csv', '_CON.csv'],
    ['report. . ', 'report'],
    ['..', 'export'],
    ['/', 'export'],
  ])('%s → %s', (suggested, safe) => {
    expect(safeFileName(suggested)).toBe(safe);
  });
});
