import http from 'node:http';
import https from 'node:https';

/**
 * Keep-alive connections to Dataflow's origin, at most `connections` at once: Node's own HTTP
 * client, whose parser is built into the binary. (undici cost ~9 µs less CPU a call here, but
 * its WebAssembly parser and the rest of the package held ~25 MB more under load; got cost
 * ~200 µs more a call: bench/findings.md.)
 */
export class ConnectionPool {
  readonly agent: http.Agent;
  readonly host: string;
  readonly port: number;
  readonly send: typeof http.request;

  constructor(origin: URL, connections: number) {
    const secure = origin.protocol === 'https:';
    const options: http.AgentOptions = { keepAlive: true, maxSockets: connections, scheduling: 'lifo' };
    this.agent = secure ? new https.Agent(options) : new http.Agent(options);
    this.send = secure ? https.request : http.request;
    this.host = origin.hostname.replace(/^\[(.*)\]$/, '$1');
    this.port = Number(origin.port) || (secure ? 443 : 80);
  }

  close(): void {
    this.agent.destroy();
  }
}
