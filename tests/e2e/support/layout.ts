import { expect, type Locator } from '@playwright/test';

/**
 * The texts in `scope` that do not fit their box: a heading, label, button, column header or
 * figure cut by overflow, a table running past its panel, or a chart tick label MUI X Charts
 * shortened with «…».
 */
export async function cutTexts(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const cut: string[] = [];
    const selector = 'h1, h2, h3, h4, label, button, [role="columnheader"], [data-testid$="-value"]';
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      if (element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1)
        cut.push(element.innerText);
    }
    // A table wider than its panel runs past the panel's edge, and its last columns are cut.
    for (const table of root.querySelectorAll<HTMLElement>('table')) {
      const panel = table.parentElement?.closest<HTMLElement>('section, main');
      if (!panel) continue;
      const inner = panel.getBoundingClientRect().right - parseFloat(getComputedStyle(panel).paddingRight);
      if (table.getBoundingClientRect().right > inner + 1)
        cut.push(`table ${table.dataset['testid'] ?? ''} past its panel`);
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
