import { ErrorCode } from '../errors/error-code.js';
import { isGatewayError } from '../errors/gateway-error.js';
import type { DeletePayload } from '../schema/report-execution.type.js';

/** Deleting what is not there is not an error: Dataflow's 404 answers `deleted: false`. */
export async function deleted(id: string, destroy: Promise<void>): Promise<DeletePayload> {
  try {
    await destroy;
    return { id, deleted: true };
  } catch (error) {
    if (isGatewayError(error, ErrorCode.NOT_FOUND)) return { id, deleted: false };
    throw error;
  }
}
