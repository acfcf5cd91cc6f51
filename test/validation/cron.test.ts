import { canonicalCron, CronError } from '../../src/validation/cron.js';

describe('five-field cron, strictly', () => {
  it.each([
    ['1 0 * * *', '1 0 * * *'],
    ['  1   0 * *  * ', '1 0 * * *'],
    ['*/15 8-18 * * 1-5', '*/15 8-18 * * 1-5'],
    ['0 9 1,15 * *', '0 9 1,15 * *'],
    ['0 9 * jan-mar MON-fri', '0 9 * 1-3 1-5'],
    ['0 0 * * SUN', '0 0 * * 0'],
    ['0 0 * * 7', '0 0 * * 7'],
    ['5-55/10 * * * *', '5-55/10 * * * *'],
    ['59 23 31 12 6', '59 23 31 12 6'],
    ['00 07 * * *', '0 7 * * *'],
  ])('accepts %p and sends it as %p', (expression, canonical) => {
    expect(canonicalCron(expression)).toBe(canonical);
  });

  it.each([
    ['', /it has 0/],
    ['@daily', /it has 1/],
    ['0 0 1 * * *', /it has 6/],
    ['0 0 L * *', /day of month "L" must be from 1 to 31/],
    ['0 0 15W * *', /day of month "15W" must be from 1 to 31/],
    ['0 0 ? * 1', /day of month "\?" is not a number, a range, \* or a step/],
    ['0 0 * * 1#2', /day of week "1#2" is not a number/],
    ['0 0 * * 5L', /day of week "5L" must be from 0 to 7/],
    ['*/0 * * * *', /minute step "\/0" must be from 1 to 59/],
    ['*/99999999999 * * * *', /minute step "\/99999999999" must be from 1 to 59/],
    ['0 */24 * * *', /hour step "\/24" must be from 1 to 23/],
    ['60 * * * *', /minute "60" must be from 0 to 59/],
    ['0 24 * * *', /hour "24" must be from 0 to 23/],
    ['0 0 0 * *', /day of month "0" must be from 1 to 31/],
    ['0 0 * 13 *', /month "13" must be from 1 to 12/],
    ['0 0 * * 8', /day of week "8" must be from 0 to 7/],
    ['0 17-9 * * *', /hour range "17-9" runs backwards/],
    ['0 0 1,,2 * *', /empty list item/],
    ['0 0 * * MONDAY', /day of week "MONDAY" must be from 0 to 7/],
    ['-1 * * * *', /minute "-1" is not a number/],
    ['1-2-3 * * * *', /minute "1-2-3" is not a number/],
    ['0 0 * * 1/2/3', /is not a number/],
    ['5/15 * * * *', /minute "5\/15" has a step after a single value; write a range, e.g. 5-59\/15/],
    ['0 0 * JAN/2 *', /month "JAN\/2" has a step after a single value; write a range, e.g. 1-12\/2/],
  ])('refuses %p', (expression, problem) => {
    expect(() => canonicalCron(expression)).toThrow(CronError);
    expect(() => canonicalCron(expression)).toThrow(problem);
  });
});
