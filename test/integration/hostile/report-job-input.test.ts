import {
  type Case,
  CREATE,
  job,
  numbers,
  post,
  postText,
  UPDATE,
  WITH_PARAMS,
  describeRefusals,
} from '../../helpers/hostile.js';

const REPORT_JOBS: Record<string, Case> = {
  'a name of 129 characters': {
    request: post(CREATE, { input: job({ scheduleName: 'n'.repeat(129) }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.scheduleName: must be at most 128 characters, got 129$/,
  },
  'a name of 100 KB': {
    request: post(CREATE, { input: job({ scheduleName: 'n'.repeat(100_000) }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.scheduleName: must be at most 128 characters, got 100000$/,
  },
  'a name with a newline': {
    request: post(UPDATE, { id: 'abc', input: { scheduleName: 'Night\nly' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.scheduleName: must not contain control characters \(U\+000A at position 5\)$/,
  },
  'a blank name': {
    request: post(CREATE, { input: job({ scheduleName: '   ' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.scheduleName: must not be blank$/,
  },
  'no recipients on create': {
    request: post(CREATE, { input: job({ recipients: [] }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients: name from 1 to 50 e-mail addresses$/,
  },
  'no recipients on update': {
    request: post(UPDATE, { id: 'abc', input: { recipients: [] } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients: name from 1 to 50 e-mail addresses$/,
  },
  '51 recipients': {
    request: post(CREATE, { input: job({ recipients: numbers(51).map((n) => `r${n}@example.com`) }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients: may hold at most 50 items, got 51$/,
  },
  '1000 recipients': {
    request: post(CREATE, { input: job({ recipients: numbers(1000).map((n) => `r${n}@example.com`) }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients: may hold at most 50 items, got 1000$/,
  },
  'an address of 255 characters': {
    request: post(CREATE, { input: job({ recipients: [`${'a'.repeat(243)}@example.com`] }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients\[0\]: must be at most 254 characters, got 255$/,
  },
  'cron with L': {
    request: post(CREATE, { input: job({ cronExpr: '0 0 L * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: "0 0 L \* \*" is not a valid cron expression: day of month "L" must be from 1 to 31$/,
  },
  'cron with ?': {
    request: post(CREATE, { input: job({ cronExpr: '0 0 ? * 1' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: .* day of month "\?" is not a number, a range, \* or a step$/,
  },
  'cron with #': {
    request: post(CREATE, { input: job({ cronExpr: '0 0 * * 1#2' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: .* day of week "1#2" is not a number, a range, \* or a step$/,
  },
  'cron with a step of 99999999999': {
    request: post(CREATE, { input: job({ cronExpr: '*/99999999999 * * * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: .* minute step "\/99999999999" must be from 1 to 59$/,
  },
  'cron with six fields': {
    request: post(CREATE, { input: job({ cronExpr: '0 0 1 * * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: .* it needs five fields .*; it has 6$/,
  },
  'cron with a backward range': {
    request: post(CREATE, { input: job({ cronExpr: '0 17-9 * * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /hour range "17-9" runs backwards$/,
  },
  'a cron macro': {
    request: post(CREATE, { input: job({ cronExpr: '@daily' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /it needs five fields .*; it has 1$/,
  },
  'an unknown time zone': {
    request: post(CREATE, { input: job({ timezone: 'Mars/Olympus_Mons' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.timezone: "Mars\/Olympus_Mons" is not an IANA time zone/,
  },
  'a time zone that is an offset': {
    request: post(CREATE, { input: job({ timezone: '+08:00' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.timezone: "\+08:00" is not an IANA time zone/,
  },
  'params that are a string': {
    request: post(WITH_PARAMS, { p: 'hello' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params: must be a JSON object such as \{"queues": \["8000"\]\}$/,
  },
  'params that are a list': {
    request: post(WITH_PARAMS, { p: [1, 2] }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params: must be a JSON object/,
  },
  'params that are a number, on update': {
    request: post('mutation($p: JSON) { updateReportJob(id: "abc", input: { params: $p }) { id } }', { p: 5 }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params: must be a JSON object/,
  },
  'params holding a number JSON cannot write': {
    request: postText(WITH_PARAMS, '{"p":{"limits":[1,1e400]}}'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params\.limits\[1\]: must be a finite number$/,
  },
  'a second create refused before the first is made': {
    request: post(
      'mutation { a: createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "a", cronExpr: "1 0 * * *", recipients: ["a@example.com"] }) { id } b: createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "b", cronExpr: "0 0 L * *", recipients: ["a@example.com"] }) { id } }',
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: "0 0 L \* \*" is not a valid cron expression/,
  },
  'cron with a step after a single value': {
    request: post(CREATE, { input: job({ cronExpr: '5/15 * * * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /minute "5\/15" has a step after a single value/,
  },
  'params of 40 KB': {
    request: post(CREATE, { input: job({ params: { queues: numbers(5000) } }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params: must be at most 32768 characters as JSON, got \d+$/,
  },
};

describeRefusals('report job input', REPORT_JOBS);
