// How busy an hour is. The PBX's business day is taken to be 08:00-18:00 UTC, Monday to Friday.
import { HOUR_MS } from '../time.js';

/** True on weekdays during business hours, for the UTC hour with this index. */
export function isBusinessHour(hourIndex: number): boolean {
  const date = new Date(hourIndex * HOUR_MS);
  const weekday = date.getUTCDay();
  const hour = date.getUTCHours();
  return weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 18;
}

/** Relative call volume of an hour: 1 at the busiest, a trickle at night and on weekends. */
export function trafficFactor(hourIndex: number): number {
  const date = new Date(hourIndex * HOUR_MS);
  const hour = date.getUTCHours();
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
  let factor: number;
  if (hour >= 8 && hour < 18) factor = hour === 12 || hour === 13 ? 0.7 : 1;
  else if (hour === 7 || hour === 18 || hour === 19) factor = 0.4;
  else factor = 0.08;
  return weekend ? factor * 0.45 : factor;
}
