import type { ProductionYear } from '../types';

// Decree of the Government No. 1314 of 10.08.2023 «О переносе выходных дней в 2024 году»
// (normativ.kontur.ru/document?documentId=454126): Sat 6 Jan -> Fri 10 May, Sun 7 Jan ->
// Tue 31 Dec, Sat 27 Apr -> Mon 29 Apr, Sat 2 Nov -> Tue 30 Apr, Sat 28 Dec -> Mon 30 Dec.
// No Art. 112 holiday other than January's fell on a weekend this year.
export const year2024: ProductionYear = {
  year: 2024,
  source: 'Постановление Правительства РФ от 10.08.2023 № 1314',
  holidays: [
    '2024-01-01',
    '2024-01-02',
    '2024-01-03',
    '2024-01-04',
    '2024-01-05',
    '2024-01-08',
    '2024-02-23',
    '2024-03-08',
    '2024-04-29', // from Sat 27 Apr
    '2024-04-30', // from Sat 2 Nov
    '2024-05-01',
    '2024-05-09',
    '2024-05-10', // from Sat 6 Jan
    '2024-06-12',
    '2024-11-04',
    '2024-12-30', // from Sat 28 Dec
    '2024-12-31', // from Sun 7 Jan
  ],
  workingWeekends: ['2024-04-27', '2024-11-02', '2024-12-28'],
  // 2 Nov carries the hour 30 Apr would have lost, because 30 Apr became a day off.
  shortDays: ['2024-02-22', '2024-03-07', '2024-05-08', '2024-06-11', '2024-11-02'],
};
