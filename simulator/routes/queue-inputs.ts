// Queue and agent numbers in request bodies: unknown ones answer 400, as the contract fixes. The
// one-queue functions need their queue (and agent) though the schemas mark nothing required.
import { field, requiredText } from '../body-fields.js';
import type { JsonBody } from '../body-fields.js';
import { queueByNumber } from '../data/directory.js';
import type { CallQueue } from '../data/directory.js';
import { SimulatorError } from '../http-error.js';

export function readQueue(body: JsonBody): CallQueue {
  return knownQueue(requiredText(body, 'queue'), 'queue');
}

/** The queues of the summary; none given means every queue. */
export function readQueues(body: JsonBody, all: readonly CallQueue[]): CallQueue[] {
  const numbers = field<string[]>(body, 'queues');
  if (!numbers || numbers.length === 0) return [...all];
  return numbers.map((number) => knownQueue(number, 'queues'));
}

export function readAgent(body: JsonBody, queue: CallQueue): string {
  const agent = requiredText(body, 'agent');
  if (!queue.members.some((member) => member.extension === agent)) {
    throw SimulatorError.validation(`agent: "${agent}" is not an agent of queue ${queue.extension_number}`);
  }
  return agent;
}

function knownQueue(number: string, field: string): CallQueue {
  const queue = queueByNumber(number);
  if (!queue) throw SimulatorError.validation(`${field}: "${number}" is not a known queue number`);
  return queue;
}
