// The PBX's queue directory: listCallQueues and listCallQueueAgents.
import { AGENTS, QUEUES, queueById } from '../data/directory.js';
import { SimulatorError } from '../http-error.js';
import { readListQuery, runListQuery } from '../list-query.js';
import type { FieldSchema } from '../odata/ast.js';
import { ok } from '../route.js';
import type { Handlers, RouteReply, RouteRequest } from '../route.js';

const CALL_QUEUE_FIELDS: FieldSchema = {
  id: 'string',
  name: 'string',
  extension_number: 'string',
  ring_time: 'number',
  polling_strategy: 'string',
};

/** The contract lists no orderby here, so its check refuses one. */
function listCallQueues({ query }: RouteRequest): RouteReply {
  const items = QUEUES.map((queue) => ({
    id: queue.id,
    name: queue.name,
    extension_number: queue.extension_number,
    ring_time: queue.ring_time,
    polling_strategy: queue.polling_strategy,
  }));
  return ok(runListQuery(items, readListQuery(query, CALL_QUEUE_FIELDS)));
}

function listCallQueueAgents({ params }: RouteRequest): RouteReply {
  const id = params['id'] ?? '';
  const queue = queueById(id);
  if (!queue) throw SimulatorError.notFound(`call queue ${id} not found`);
  const items = queue.members.map((member) => ({
    extension_number: member.extension,
    display_name: AGENTS.get(member.extension)?.display_name ?? null,
    skill_level: member.skillLevel,
  }));
  return ok({ items });
}

export const callQueueHandlers: Handlers = { listCallQueues, listCallQueueAgents };
