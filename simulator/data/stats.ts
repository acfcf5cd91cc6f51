// Rounding rules shared by every KPI: averages and percentages to two decimals, 0 when empty.

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function average(total: number, count: number): number {
  return count === 0 ? 0 : round2(total / count);
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : round2((part * 100) / whole);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
