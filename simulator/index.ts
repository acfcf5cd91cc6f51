// The simulator's public surface: everything else in this folder is internal.
export type { DataflowSimulator, FaultKind, FaultRule, RecordedRequest, SimulatorOptions } from './types.js';
export { startSimulator } from './server.js';
