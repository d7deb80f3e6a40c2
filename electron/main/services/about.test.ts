import { describe, expect, it } from 'vitest';
import { aboutBoxOptions } from './about';

describe('the About box', () => {
  it('names the app and its version in the language of the settings', () => {
    expect(aboutBoxOptions('ru', '1.2.3')).toMatchObject({
      title: 'О программе',
      message: 'Gorod Desk',
      detail: expect.stringContaining('Версия 1.2.3'),
    });
    expect(aboutBoxOptions('en', '1.2.3').detail).toContain('Version 1.2.3');
  });
});
