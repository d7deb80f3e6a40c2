import { expect, type Locator } from '@playwright/test';

/**
 * The texts in `scope` that do not fit their box: a heading, label, button, column header or
 * figure cut by overflow, or a chart tick label MUI X Charts shortened with «…».
 */
export async function cutTexts(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const cut: string[] = [];
    const selector = 'h1, h2, h3, h4, label, button, [role="columnheader"], [data-testid$="-value"]';
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      if (element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1)
        cut.push(element.innerText);
    }
    for (const text of root.querySelectorAll('svg text')) {
      if ((text.textContent ?? '').includes('…')) cut.push(text.textContent ?? '');
    }
    return cut;
  });
}

export async function expectNothingCut(scope: Locator, what: string): Promise<void> {
  expect(await cutTexts(scope), `texts cut on ${what}`).toEqual([]);
}
