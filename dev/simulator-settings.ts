import { integerSetting } from '../src/config/config.js';

/** How `npm start` runs the simulator it fronts; every variable is documented in the README. */
export interface SimulatorSettings {
  /** 0: a free port, on 127.0.0.1. */
  readonly port: number;
  /** Delay added to every answer. */
  readonly latencyMs: number;
  /** Token preset in the query editor. */
  readonly demoToken: string;
}

export function loadSimulatorSettings(env: Record<string, string | undefined> = process.env): SimulatorSettings {
  return {
    port: integerSetting(env, 'SIMULATOR_PORT', 0, 0, 65535),
    latencyMs: integerSetting(env, 'SIMULATOR_LATENCY_MS', 0, 0),
    demoToken: env.DEMO_TOKEN?.trim() || 'demo-token',
  };
}
