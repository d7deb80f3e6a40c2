import type { ProductionYear } from '../types';

// Decree of the Government No. 1335 of 04.10.2024 «О переносе выходных дней в 2025 году»:
// Sat 4 Jan -> Fri 2 May, Sun 5 Jan -> Wed 31 Dec, Sun 23 Feb -> Thu 8 May,
// Sat 8 Mar -> Fri 13 Jun, Sat 1 Nov -> Mon 3 Nov. Because the decree moved 23 Feb and
// 8 Mar itself, Mon 24 Feb and Mon 10 Mar stay working (no Art. 112 part 2 shift).
export const year2025: ProductionYear = {
  year: 2025,
  source: 'Постановление Правительства РФ от 04.10.2024 № 1335',
  holidays: [
    '2025-01-01',
    '2025-01-02',
    '2025-01-03',
    '2025-01-06',
    '2025-01-07',
    '2025-01-08',
    '2025-05-01',
    '2025-05-02', // from Sat 4 Jan
    '2025-05-08', // from Sun 23 Feb
    '2025-05-09',
    '2025-06-12',
    '2025-06-13', // from Sat 8 Mar
    '2025-11-03', // from Sat 1 Nov
    '2025-11-04',
    '2025-12-31', // from Sun 5 Jan
  ],
  workingWeekends: ['2025-11-01'],
  shortDays: ['2025-03-07', '2025-04-30', '2025-06-11', '2025-11-01'],
};
