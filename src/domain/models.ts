import type { CallDirection, CallParty, CallStatus, ReportExecutionStatus, ReportFormat, ReportType } from './enums.js';

/**
 * What the datasources hand to resolvers: Dataflow's data in the gateway's own names, with every
 * id as a string and every enum mapped. Plain JSON, so the shared cache can store it as is.
 * Date-times stay the RFC 3339 text Dataflow sent, offset included. The schema's classes
 * `implement` these records, so the two cannot drift apart.
 */
export interface QueueKpiRecord {
  totalCalls: number;
  answeredCalls: number;
  abandonedCalls: number;
  waitingCalls: number;
  longestWaitingTime: number;
  avgWaitingTime: number;
  avgTalkTime: number;
  serviceLevel: number;
  answerRate: number;
  abandonRate: number;
  loggedInAgents: number;
  availableAgents: number;
  busyAgents: number;
}

export interface QueuePointRecord {
  time: string;
  totalCalls: number;
  answeredCalls: number;
  abandonedCalls: number;
  avgWaitingTime: number;
  avgTalkTime: number;
  serviceLevel: number;
}

export interface AgentKpiRecord {
  answeredCalls: number;
  missedCalls: number;
  transferredCalls: number;
  totalTalkTime: number;
  avgTalkTime: number;
  longestTalkTime: number;
  loggedInTime: number;
  readyTime: number;
  notReadyTime: number;
}

export interface AgentPointRecord {
  time: string;
  answeredCalls: number;
  missedCalls: number;
  totalTalkTime: number;
  avgTalkTime: number;
}

export interface CallVolumePointRecord {
  time: string;
  total: number;
  answered: number;
  notAnswered: number;
}

/** Which Dataflow function a history row came from; its details come from the matching one. */
export type HistorySource = 'all' | 'user';

export interface CallSessionRecord {
  sessionId: string;
  source: HistorySource;
  from: string | null;
  fromDisplayName: string | null;
  to: string | null;
  toDisplayName: string | null;
  startTime: string | null;
  endTime: string | null;
  duration: number | null;
  status: CallStatus;
  direction: CallDirection | null;
  user: string | null;
  party: CallParty | null;
  destination: string | null;
}

export interface CallLegRecord {
  callId: string | null;
  caller: string | null;
  callerDisplayName: string | null;
  callee: string | null;
  calleeDisplayName: string | null;
  startedAt: string | null;
  rangAt: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  direction: CallDirection | null;
  endReason: string | null;
  rerouteReason: string | null;
  statusCode: number | null;
  destination: string | null;
  trunk: string | null;
  queue: string | null;
  agent: string | null;
  duration: number | null;
}

export interface ReportJobRecord {
  id: string;
  type: ReportType;
  format: ReportFormat;
  scheduleName: string | null;
  startTime: string | null;
  endTime: string | null;
  cronExpr: string | null;
  active: boolean;
  recipients: string[];
  timezone: string | null;
  params: unknown;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ReportExecutionRecord {
  id: string;
  jobId: string | null;
  scheduleName: string | null;
  type: ReportType;
  format: ReportFormat;
  status: ReportExecutionStatus;
  startedAt: string | null;
  completedAt: string | null;
  fileName: string | null;
  fileSize: number | null;
  fileUrl: string | null;
  errorMessage: string | null;
}

export interface DirectoryQueue {
  id: string;
  number: string;
  name: string | null;
}

export interface DirectoryAgent {
  number: string;
  displayName: string | null;
}

/** One page of a Dataflow list; `count` only when it was asked for. */
export interface Page<T> {
  items: T[];
  count?: number;
}
