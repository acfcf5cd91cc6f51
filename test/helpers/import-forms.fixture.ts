// Not a test: the architecture test reads this file's imports, one of each form.
import type { Clock } from '../../src/clock.js';
export { ErrorCode } from '../../src/errors/error-code.js';
import '../../src/domain/paging.js';

export const later = (): Promise<unknown> => import('../../src/json/json-depth.js');
export type { Clock };
