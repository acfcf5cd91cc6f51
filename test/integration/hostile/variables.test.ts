import {
  type Case,
  get,
  HISTORY,
  JOBS,
  nested,
  post,
  postText,
  RANGE,
  SUMMARY,
  WITH_PARAMS,
  describeRefusals,
} from '../../helpers/hostile.js';

const VARIABLES: Record<string, Case> = {
  'a missing required variable': {
    request: post(SUMMARY, {}),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" of required type "TimeRange!" was not provided\.$/,
  },
  'a missing required variable, even without a token': {
    request: post(SUMMARY, {}, { 'content-type': 'application/json' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" of required type "TimeRange!" was not provided\.$/,
  },
  'null for a non-null variable': {
    request: post(SUMMARY, { range: null }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" of non-null type "TimeRange!" must not be null\.$/,
  },
  'a string where an Int goes': {
    request: post(JOBS, { first: 'ten' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"$/,
  },
  'an Int beyond 32 bits': {
    request: post(JOBS, { first: 2 ** 31 }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message:
      /^Variable "\$first" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648$/,
  },
  'a float for an Int': {
    request: post(JOBS, { first: 1.5 }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Int cannot represent non-integer value: 1\.5$/,
  },
  'a number too large for JSON': {
    request: postText(JOBS, '{"first": 1e400}'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$first" got invalid value Infinity; Int cannot represent non-integer value: Infinity$/,
  },
  'an enum value the schema lacks': {
    request: post(HISTORY, { status: 'BOGUS' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$status" got invalid value "BOGUS"; Value "BOGUS" does not exist in "CallStatus" enum\.$/,
  },
  'an input field the schema lacks': {
    request: post(SUMMARY, { range: { ...RANGE, color: 'red' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" got invalid value .*; Field "color" is not defined by type "TimeRange"\.$/,
  },
  'a __proto__ key': {
    request: postText(
      SUMMARY,
      `{"range":{"start":"${RANGE.start}","end":"${RANGE.end}","__proto__":{"polluted":true}}}`,
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Field "__proto__" is not defined by type "TimeRange"\.$/,
  },
  'a list where an object goes': {
    request: post(SUMMARY, { range: [RANGE] }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" got invalid value .*; Expected type "TimeRange" to be an object\.$/,
  },
  'an object nested 5000 deep': {
    request: postText(SUMMARY, `{"range":${nested(5000)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^The request body nests deeper than 64 levels; no variable of this schema needs more than 32$/,
  },
  'an object nested 5000 deep beside a 64-bit number': {
    request: postText(SUMMARY, `{"n":1040099039162400768,"range":${nested(5000)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^The request body nests deeper than 64 levels/,
  },
  'a JSON variable nested 40 deep': {
    request: postText(WITH_PARAMS, `{"p":${nested(40)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$p" nests deeper than 32 levels; no input of this schema needs that many$/,
  },
  'a GET variable nested 40 deep (even one the operation does not declare)': {
    request: get('{ __typename }', `{"p":${nested(40)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$p" nests deeper than 32 levels/,
  },
  'a GET variable that lost digits': {
    request: get('query($id: ID!) { callSession(sessionId: $id) { sessionId } }', '{"id":1040099039162400768}'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^variables\.id: an integer beyond 2\^53 lost digits on the way in/,
  },
};

describeRefusals('variables that do not fit the schema', VARIABLES);
