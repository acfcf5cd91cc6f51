import type { Server } from 'node:http';

/**
 * Stops a server gracefully: no new connections, requests in flight may finish, keep-alive
 * connections close as soon as they fall idle, and whatever is left is cut at the deadline.
 * server.close() alone waits for clients to hang up their idle keep-alive connections.
 */
export async function drain(server: Server, deadlineMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 50);
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
  await Promise.race([closed, deadline]);
  clearInterval(sweeper);
  server.closeAllConnections();
  await closed;
}
