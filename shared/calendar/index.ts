export type { Instant, IsoDate, ProductionYear } from './types';
export { coveredYears, isCoveredYear, productionYears } from './data';
export { LABOUR_CODE_HOLIDAYS } from './labourCode';
export { MOSCOW_TZ, formatMoscow, moscowDateOf, toMoscowRfc3339 } from './moscow';
export { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './workdays';
export { deadlineAt } from './deadline';
export { isDueToday, workingDaysLeft } from './countdown';
export type { Countdown } from './countdown';
export { workingHoursBetween } from './workingHours';
