import { type Case, describeRefusals, post, UPDATE } from '../../helpers/hostile.js';

const IDS: Record<string, Case> = {
  'reportJob(id: "..")': {
    request: post('{ reportJob(id: "..") { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "\.\." is not a Dataflow id/,
  },
  'updateReportJob(id: ".")': {
    request: post(UPDATE, { id: '.', input: { active: false } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "\." is not a Dataflow id/,
  },
  'deleteReportJob(id: "..")': {
    request: post('mutation { deleteReportJob(id: "..") { deleted } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "\.\." is not a Dataflow id/,
  },
  'deleteReportExecution(id: "...")': {
    request: post('mutation { deleteReportExecution(id: "...") { deleted } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "\.\.\." is not a Dataflow id/,
  },
  'an empty id': {
    request: post('{ reportJob(id: "") { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: must not be empty$/,
  },
  'an id with a slash': {
    request: post('mutation { deleteReportJob(id: "x/../../report_jobs") { deleted } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "x\/\.\.\/\.\.\/report_jobs" is not a Dataflow id/,
  },
  'an id with percent-encoded dots': {
    request: post('{ reportJob(id: "%2e%2e") { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /is not a Dataflow id/,
  },
  'a job id of dots in a filter': {
    request: post('{ reportExecutions(where: { jobId: ".." }) { nodes { id } } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^where\.jobId: "\.\." is not a Dataflow id/,
  },
  'a session id that is not a 64-bit integer': {
    request: post('{ callSession(sessionId: "12ab") { sessionId } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^sessionId: "12ab" is not a 64-bit id/,
  },
};

describeRefusals('ids that would name another upstream resource', IDS);
