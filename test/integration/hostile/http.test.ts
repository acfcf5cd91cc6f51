import { type Case, DEMO_TOKEN, describeRefusals, get, JSON_HEADERS, post } from '../../helpers/hostile.js';

const HTTP: Record<string, Case> = {
  'a body that is not JSON': {
    request: { method: 'POST', headers: JSON_HEADERS, body: '{"query": ' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /^The request body is not valid JSON$/,
  },
  'a body without a query': {
    request: { method: 'POST', headers: JSON_HEADERS, body: '{}' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /^POST body missing/,
  },
  'variables as a string': {
    request: { method: 'POST', headers: JSON_HEADERS, body: '{"query":"{ __typename }","variables":"{}"}' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /`variables` in a POST body should be provided as an object/,
  },
  'a body over MAX_BODY_BYTES': {
    request: post(`{ __typename } # ${'x'.repeat(1_100_000)}`),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: /^The request body exceeds 1048576 bytes$/,
  },
  'a GET without a preflight header': {
    request: get('{ __typename }', undefined, { authorization: DEMO_TOKEN }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery \(CSRF\).*apollo-require-preflight/,
  },
  'a POST as text/plain': {
    request: post('{ __typename }', undefined, { 'content-type': 'text/plain', authorization: DEMO_TOKEN }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  'a mutation sent with GET': {
    request: get('mutation { deleteReportJob(id: "abc") { deleted } }'),
    status: 405,
    code: 'BAD_REQUEST',
    message: /^GET requests only support query operations, not mutation operations$/,
  },
  'a PUT': {
    request: { ...post('{ __typename }'), method: 'PUT' },
    status: 405,
    code: 'BAD_REQUEST',
    message: /^Apollo Server supports only GET\/POST requests\.$/,
  },
  'an operationName the document lacks': {
    request: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }),
    },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^Unknown operation named "B"\.$/,
  },
  'two operations and no operationName': {
    request: post('query A { __typename } query B { __typename }'),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^Must provide operation name if query contains multiple operations\.$/,
  },
  'a persisted query this instance does not know': {
    request: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    },
    status: 200,
    code: 'PERSISTED_QUERY_NOT_FOUND',
    message: /^PersistedQueryNotFound$/,
  },
  'a persisted query whose hash does not match its text': {
    request: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } },
      }),
    },
    status: 400,
    code: 'BAD_REQUEST',
    message: /^provided sha does not match query$/,
  },
  'a persisted query of an unknown version': {
    request: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } },
      }),
    },
    status: 400,
    code: 'BAD_REQUEST',
    message: /^Unsupported persisted query version$/,
  },
  'a GET with a content-type other than JSON': {
    request: get('{ __typename }', undefined, { 'apollo-require-preflight': 'true', 'content-type': 'text/plain' }),
    status: 415,
    code: 'BAD_REQUEST',
    message: /^GET requests may not have a content-type header other than application\/json\.$/,
  },
  'an Accept header the gateway cannot answer': {
    request: post('{ __typename }', undefined, { ...JSON_HEADERS, accept: 'text/html' }),
    status: 406,
    code: 'BAD_REQUEST',
    message: /^An 'accept' header was provided for this request which does not accept application\/json/,
  },
  'a subscription': {
    request: post('subscription { __typename }', undefined, { 'content-type': 'application/json' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^The subscription operation is not supported by the schema\.$/,
  },
  'fragments that expand ten thousand times': {
    request: post(
      `{ ...F0 } ${[0, 1, 2, 3].map((level) => `fragment F${level} on Query { ${Array.from({ length: 10 }, () => `...F${level + 1}`).join(' ')} }`).join(' ')} fragment F4 on Query { __typename }`,
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^This query is too large to estimate: Query exceeds the maximum allowed number of nodes\.$/,
  },
  'thousands of fields of one name': {
    request: post(`{ ${'__typename '.repeat(4990)}}`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Validation aborted\. The document is too costly to validate/,
  },
  'a megabyte of tokens, without a token': {
    request: post(`{ ${'a '.repeat(500_000)}}`, undefined, { 'content-type': 'application/json' }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /more tha[nt] 5000 tokens/,
  },
  'a document that is not GraphQL': {
    request: post('{ queue(number: "8000" { name } }'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error: Expected Name, found "\{"\.$/,
  },
  'a field the schema lacks': {
    request: post('{ queue(number: "8000") { color } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Cannot query field "color" on type "Queue"\.$/,
  },
  'a path that is not served': {
    request: { path: '/api/dataflow/report_jobs' },
    status: 404,
    code: 'NOT_FOUND',
    message: /^Nothing here; the GraphQL endpoint is \/graphql$/,
  },
};

describeRefusals('requests outside GraphQL', HTTP);
