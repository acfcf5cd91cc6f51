/**
 * The page's bootstrap, served as /graphql/assets/landing.js (a file of its own so the page's
 * Content-Security-Policy can forbid inline scripts). Mounts GraphiQL with the settings the
 * server wrote into the page.
 */
export const LANDING_SCRIPT = `(function mountGraphiQL() {
  var config = JSON.parse(document.getElementById('gateway-config').textContent);
  var fetcher = GraphiQL.createFetcher({ url: new URL(config.endpoint, window.location.href).toString() });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: config.defaultQuery,
    variables: config.variables,
    defaultHeaders: config.defaultHeaders,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: config.defaultHeaders ? 'headers' : 'variables'
  }));
})();
`;
