import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { useNextTask } from './use-next-task';

function Shell({ commits }: { commits: boolean[] }) {
  const ready = useNextTask();
  commits.push(ready);
  return <main>{ready ? <p>Очередь заявок</p> : null}</main>;
}

describe('useNextTask', () => {
  it('leaves the screen out of the first commit and builds it in a task after', async () => {
    const commits: boolean[] = [];
    render(<Shell commits={commits} />);
    // The first commit is on the page without the screen; the task after it has not run yet.
    expect(screen.getByRole('main').childElementCount).toBe(0);
    expect(commits).toEqual([false]);
    await waitFor(() => expect(screen.getByRole('main').textContent).toBe('Очередь заявок'));
    expect(commits.at(-1)).toBe(true);
  });
});
