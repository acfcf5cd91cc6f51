/** The two error codes the contract names; clients treat any other as UNKNOWN. */
export type DataflowErrorCode = 'UNKNOWN' | 'VALIDATE_FAILED';

/** The contract's error envelope. */
export interface DataflowErrorBody {
  errors: { code: DataflowErrorCode; message: string; detail: null }[];
}

/** Thrown by handlers; the pipeline turns it into the contract's error response. */
export class SimulatorError extends Error {
  constructor(
    readonly status: number,
    readonly code: DataflowErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SimulatorError';
  }

  static validation(message: string): SimulatorError {
    return new SimulatorError(400, 'VALIDATE_FAILED', message);
  }

  static notFound(message: string): SimulatorError {
    return new SimulatorError(404, 'UNKNOWN', message);
  }
}

export function errorBody(code: DataflowErrorCode, message: string): DataflowErrorBody {
  return { errors: [{ code, message, detail: null }] };
}
