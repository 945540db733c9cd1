/** Today's date in UTC, as the chart and the date rules compare it. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
