import type { ClassType, NonEmptyArray } from 'type-graphql';
import { AgentResolver } from './agent.resolver.js';
import { CallHistoryResolver } from './call-history.resolver.js';
import { CallVolumeResolver } from './call-volume.resolver.js';
import { QueueResolver } from './queue.resolver.js';
import { ReportExecutionResolver } from './report-execution.resolver.js';
import { ReportJobMutationResolver } from './report-job.mutation.js';
import { ReportJobResolver } from './report-job.resolver.js';

export const resolvers: NonEmptyArray<ClassType> = [
  QueueResolver,
  AgentResolver,
  CallVolumeResolver,
  CallHistoryResolver,
  ReportJobResolver,
  ReportJobMutationResolver,
  ReportExecutionResolver,
];
