import { describe, expect, it, vi } from 'vitest';
import { shellHandlers } from './shell';

describe('shell:open-external', () => {
  it('opens an allow-listed https link in the system browser', async () => {
    const openExternal = vi.fn().mockResolvedValue(undefined);
    const handlers = shellHandlers({ openExternal });
    await handlers['shell:open-external']('https://yandex.ru/maps/?pt=37.7,55.6');
    expect(openExternal).toHaveBeenCalledWith('https://yandex.ru/maps/?pt=37.7,55.6');
  });

  it.each([
    'http://yandex.ru/maps',
    'https://evil.example/',
    'file:///etc/passwd',
    'https://user:pw@gorod.mos.ru/',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', async (url) => {
    const openExternal = vi.fn();
    await expect(shellHandlers({ openExternal })['shell:open-external'](url)).rejects.toThrow(
      /not on the list/,
    );
    expect(openExternal).not.toHaveBeenCalled();
  });
});
