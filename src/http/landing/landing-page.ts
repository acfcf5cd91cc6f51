import { dateTimeAt, startOfDay } from '../../domain/date-time.js';

export interface LandingPageOptions {
  /** Path of the GraphQL endpoint, e.g. /graphql. */
  readonly endpoint: string;
  /** Headers preset in the editor (the simulator's demo Authorization); none against a real Dataflow. */
  readonly defaultHeaders?: Readonly<Record<string, string>>;
}

const DEFAULT_QUERY = `# A wallboard: two queues with today's KPIs and timeseries, and their agents
# from the PBX's queue directory. The Headers tab holds the Authorization sent to Dataflow.
query Wallboard($today: TimeRange!) {
  queues(numbers: ["8000", "8001"]) {
    number
    name
    summary(range: $today) { totalCalls answeredCalls abandonedCalls waitingCalls serviceLevel }
    timeseries(range: $today, interval: ONE_HOUR) { time totalCalls answeredCalls }
    agents {
      number
      displayName
      summary(range: $today) { answeredCalls missedCalls totalTalkTime }
    }
  }
}
`;

/** JSON inside a <script> element: `<` escaped so no value can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function renderLandingPage(options: LandingPageOptions, nowMs: number): string {
  const midnight = startOfDay(nowMs, 0);
  const config = {
    endpoint: options.endpoint,
    defaultQuery: DEFAULT_QUERY,
    variables: JSON.stringify(
      { today: { start: dateTimeAt(midnight, 0).text, end: dateTimeAt(midnight + 86_400_000, 0).text } },
      null,
      2,
    ),
    defaultHeaders: options.defaultHeaders ? JSON.stringify(options.defaultHeaders, null, 2) : undefined,
  };
  const assets = `${options.endpoint}/assets`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Dataflow GraphQL gateway</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${assets}/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the query editor…</div>
  <script id="gateway-config" type="application/json">${scriptJson(config)}</script>
  <script src="${assets}/react.js"></script>
  <script src="${assets}/react-dom.js"></script>
  <script src="${assets}/graphiql.js"></script>
  <script src="${assets}/landing.js"></script>
</body>
</html>
`;
}

/** Only this page's own files; the inline style is the page's one exception. */
export const LANDING_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";
