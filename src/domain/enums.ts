// Enumerations of the public contract. Values double as the GraphQL enum values; `UNKNOWN`
// stands for a value Dataflow sent that this gateway does not know yet.

export enum Interval {
  ONE_HOUR = 'ONE_HOUR',
  TWO_HOURS = 'TWO_HOURS',
  THREE_HOURS = 'THREE_HOURS',
  FOUR_HOURS = 'FOUR_HOURS',
  SIX_HOURS = 'SIX_HOURS',
  EIGHT_HOURS = 'EIGHT_HOURS',
}

const HOUR_MS = 3_600_000;

/** Hours per bucket; every one divides 24, which the window splitting relies on. */
export const INTERVAL_HOURS: Readonly<Record<Interval, number>> = {
  [Interval.ONE_HOUR]: 1,
  [Interval.TWO_HOURS]: 2,
  [Interval.THREE_HOURS]: 3,
  [Interval.FOUR_HOURS]: 4,
  [Interval.SIX_HOURS]: 6,
  [Interval.EIGHT_HOURS]: 8,
};

export function intervalMs(interval: Interval): number {
  return INTERVAL_HOURS[interval] * HOUR_MS;
}

export enum CallStatus {
  NONE = 'NONE',
  ANSWERED = 'ANSWERED',
  NOT_ANSWERED = 'NOT_ANSWERED',
  UNKNOWN = 'UNKNOWN',
}

export enum CallDirection {
  INBOUND_CALL = 'INBOUND_CALL',
  OUTBOUND_CALL = 'OUTBOUND_CALL',
  EXTENSION_CALL = 'EXTENSION_CALL',
  INBOUND_OUTBOUND_CALL = 'INBOUND_OUTBOUND_CALL',
  UNKNOWN = 'UNKNOWN',
}

export enum CallParty {
  CALLER = 'CALLER',
  CALLEE = 'CALLEE',
  UNKNOWN = 'UNKNOWN',
}

export enum ReportType {
  NORMAL = 'NORMAL',
  EXTENSION_GROUP_CALL_COST = 'EXTENSION_GROUP_CALL_COST',
  QUEUE_PERFORMANCE = 'QUEUE_PERFORMANCE',
  QUEUE_DETAILED_STATISTICS = 'QUEUE_DETAILED_STATISTICS',
  QUEUE_ABANDONED_CALLS = 'QUEUE_ABANDONED_CALLS',
  QUEUE_SLA_STATISTICS = 'QUEUE_SLA_STATISTICS',
  QUEUE_BREACHES_SLA_STATISTICS = 'QUEUE_BREACHES_SLA_STATISTICS',
  QUEUE_CALLBACKS = 'QUEUE_CALLBACKS',
  QUEUE_FAILED_CALLBACKS = 'QUEUE_FAILED_CALLBACKS',
  TEAM_QUEUE_GENERAL_STATISTICS = 'TEAM_QUEUE_GENERAL_STATISTICS',
  RING_GROUP_STATISTICS = 'RING_GROUP_STATISTICS',
  UNKNOWN = 'UNKNOWN',
}

export enum ReportFormat {
  CSV = 'CSV',
  HTML = 'HTML',
  UNKNOWN = 'UNKNOWN',
}

export enum ReportExecutionStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export enum ReportJobOrderField {
  SCHEDULE_NAME = 'SCHEDULE_NAME',
  TYPE = 'TYPE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

export enum ReportExecutionOrderField {
  STARTED_AT = 'STARTED_AT',
  COMPLETED_AT = 'COMPLETED_AT',
  SCHEDULE_NAME = 'SCHEDULE_NAME',
}
