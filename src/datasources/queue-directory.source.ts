import type { DirectoryAgent, DirectoryQueue, Page } from '../domain/models.js';
import { DataflowSource } from './dataflow-source.js';
import { decodeQueueAgents, decodeQueuePage } from './decode/queue-directory.js';
import { UPSTREAM_PAGE_SIZE } from '../domain/paging.js';
import { segment } from './transport/upstream-request.js';

/** The PBX's queue directory (`/call_queues`): which queues exist, their names and agents. */
export class QueueDirectorySource extends DataflowSource {
  /**
   * Every queue: the first page with its count, then the remaining pages side by side. Without
   * a count, pages are read one after another for as long as they come back full.
   */
  async queues(): Promise<DirectoryQueue[]> {
    const first = await this.queuePage(0, true);
    if (first.items.length < UPSTREAM_PAGE_SIZE) return first.items;
    if (first.count === undefined) {
      const all = [...first.items];
      for (let page = first; page.items.length === UPSTREAM_PAGE_SIZE;) {
        page = await this.queuePage(all.length, false);
        all.push(...page.items);
      }
      return all;
    }
    const rest: Array<Promise<Page<DirectoryQueue>>> = [];
    for (let skip = UPSTREAM_PAGE_SIZE; skip < first.count; skip += UPSTREAM_PAGE_SIZE)
      rest.push(this.queuePage(skip, false));
    return [first, ...(await Promise.all(rest))].flatMap((page) => page.items);
  }

  async queue(number: string): Promise<DirectoryQueue | undefined> {
    return (await this.queues()).find((queue) => queue.number === number);
  }

  /** Agents of a queue by its number; undefined when the directory has no such queue. */
  async agents(queueNumber: string): Promise<DirectoryAgent[] | undefined> {
    const queue = await this.queue(queueNumber);
    if (!queue) return undefined;
    return this.read({
      request: { operation: 'listCallQueueAgents', method: 'GET', path: `call_queues/${segment(queue.id)}/agents` },
      decode: decodeQueueAgents,
      cacheClass: 'directory',
    });
  }

  private queuePage(skip: number, count: boolean) {
    return this.read({
      request: {
        operation: 'listCallQueues',
        method: 'GET',
        path: 'call_queues',
        query: { skip, top: UPSTREAM_PAGE_SIZE, count: count || undefined },
      },
      decode: decodeQueuePage,
      cacheClass: 'directory',
    });
  }
}
