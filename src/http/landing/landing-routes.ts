import type { IncomingMessage, ServerResponse } from 'node:http';
import { Assets } from './assets.js';
import { LANDING_PAGE_CSP, type LandingPageOptions, renderLandingPage } from './landing-page.js';
import type { Clock } from '../../clock.js';

/** Serves the GraphiQL page for browsers that GET the endpoint, and its assets. */
export class LandingRoutes {
  private readonly assets = new Assets();

  constructor(
    private readonly options: LandingPageOptions,
    private readonly clock: Clock,
  ) {}

  /** A browser navigating to the endpoint, rather than a GraphQL GET request. */
  wantsPage(request: IncomingMessage, search: string): boolean {
    return (
      request.method === 'GET' &&
      !new URLSearchParams(search).has('query') &&
      (request.headers.accept ?? '').includes('text/html')
    );
  }

  sendPage(response: ServerResponse): void {
    const html = renderLandingPage(this.options, this.clock.now());
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': LANDING_PAGE_CSP,
      'cache-control': 'no-store',
    });
    response.end(html);
  }

  /** Answers `<endpoint>/assets/<name>`; false when the path is not an asset. */
  sendAsset(request: IncomingMessage, response: ServerResponse, path: string): boolean {
    const prefix = `${this.options.endpoint}/assets/`;
    if (!path.startsWith(prefix)) return false;
    const asset = this.assets.get(path.slice(prefix.length));
    if (!asset) return false;
    if (request.headers['if-none-match'] === asset.etag) {
      response.writeHead(304, { etag: asset.etag });
      response.end();
      return true;
    }
    response.writeHead(200, {
      'content-type': asset.contentType,
      'content-length': asset.body.length,
      etag: asset.etag,
      'cache-control': 'public, max-age=3600',
    });
    response.end(asset.body);
    return true;
  }
}
