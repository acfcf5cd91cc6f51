import { registerEnumType } from 'type-graphql';
import {
  CallDirection,
  CallParty,
  CallStatus,
  Interval,
  ReportExecutionOrderField,
  ReportExecutionStatus,
  ReportFormat,
  ReportJobOrderField,
  ReportType,
  SortDirection,
} from '../domain/enums.js';

const UNKNOWN = { UNKNOWN: { description: 'A value the upstream sent that this gateway does not know yet.' } };

registerEnumType(Interval, { name: 'Interval', description: 'Bucket width of a timeseries.' });
registerEnumType(CallStatus, { name: 'CallStatus', valuesConfig: UNKNOWN });
registerEnumType(CallDirection, { name: 'CallDirection', valuesConfig: UNKNOWN });
registerEnumType(CallParty, { name: 'CallParty', valuesConfig: UNKNOWN });
registerEnumType(ReportType, { name: 'ReportType', valuesConfig: UNKNOWN });
registerEnumType(ReportFormat, { name: 'ReportFormat', valuesConfig: UNKNOWN });
registerEnumType(ReportExecutionStatus, { name: 'ReportExecutionStatus', valuesConfig: UNKNOWN });
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(ReportJobOrderField, { name: 'ReportJobOrderField' });
registerEnumType(ReportExecutionOrderField, { name: 'ReportExecutionOrderField' });

export {
  CallDirection,
  CallParty,
  CallStatus,
  Interval,
  ReportExecutionOrderField,
  ReportExecutionStatus,
  ReportFormat,
  ReportJobOrderField,
  ReportType,
  SortDirection,
};
