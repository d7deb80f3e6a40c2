import type { ProductionYear } from '../types';

// Decree of the Government No. 1466 of 24.09.2025 «О переносе выходных дней в 2026 году»:
// Sat 3 Jan -> Fri 9 Jan, Sun 4 Jan -> Thu 31 Dec. The other weekend holidays move by
// Art. 112 part 2 alone: Sun 8 Mar -> Mon 9 Mar, Sat 9 May -> Mon 11 May.
// No working Saturdays this year.
export const year2026: ProductionYear = {
  year: 2026,
  source: 'Постановление Правительства РФ от 24.09.2025 № 1466',
  holidays: [
    '2026-01-01',
    '2026-01-02',
    '2026-01-05',
    '2026-01-06',
    '2026-01-07',
    '2026-01-08',
    '2026-01-09', // from Sat 3 Jan
    '2026-02-23',
    '2026-03-09', // Sun 8 Mar, Art. 112 part 2
    '2026-05-01',
    '2026-05-11', // Sat 9 May, Art. 112 part 2
    '2026-06-12',
    '2026-11-04',
    '2026-12-31', // from Sun 4 Jan
  ],
  workingWeekends: [],
  shortDays: ['2026-04-30', '2026-05-08', '2026-06-11', '2026-11-03'],
};
