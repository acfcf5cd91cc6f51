// Everything a simulator instance holds across requests; built once per startSimulator call.
import { CallModel } from './data/call-model.js';
import { QueueModel } from './data/queue-model.js';
import { ReportStores } from './data/report-store.js';

export interface SimulatorState {
  seed: number;
  now: () => number;
  queues: QueueModel;
  calls: CallModel;
  reports: ReportStores;
}

export function createState(seed: number, now: () => number): SimulatorState {
  return {
    seed,
    now,
    queues: new QueueModel(seed),
    calls: new CallModel(seed),
    reports: new ReportStores(seed, now()),
  };
}
