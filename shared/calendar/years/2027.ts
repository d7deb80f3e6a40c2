import type { ProductionYear } from '../types';

// Decree of the Government No. 1187 of 17.09.2026 «О переносе выходных дней в 2027 году»
// (published 18.09.2026, consultant.ru/document/cons_doc_LAW_544706): Sat 2 Jan -> Fri 5 Nov,
// Sun 3 Jan -> Fri 31 Dec, Sat 20 Feb -> Mon 22 Feb. The other weekend holidays move by
// Art. 112 part 2 alone: Sat 1 May -> Mon 3 May, Sun 9 May -> Mon 10 May,
// Sat 12 Jun -> Mon 14 Jun.
// Caveat: these dates were cross-checked in several independent published calendars that
// cite the decree, not read from the decree's own text; recheck them against
// publication.pravo.gov.ru when editing this file.
export const year2027: ProductionYear = {
  year: 2027,
  source: 'Постановление Правительства РФ от 17.09.2026 № 1187',
  holidays: [
    '2027-01-01',
    '2027-01-04',
    '2027-01-05',
    '2027-01-06',
    '2027-01-07',
    '2027-01-08',
    '2027-02-22', // from Sat 20 Feb
    '2027-02-23',
    '2027-03-08',
    '2027-05-03', // Sat 1 May, Art. 112 part 2
    '2027-05-10', // Sun 9 May, Art. 112 part 2
    '2027-06-14', // Sat 12 Jun, Art. 112 part 2
    '2027-11-04',
    '2027-11-05', // from Sat 2 Jan
    '2027-12-31', // from Sun 3 Jan
  ],
  workingWeekends: ['2027-02-20'],
  shortDays: ['2027-02-20', '2027-04-30', '2027-06-11', '2027-11-03'],
};
