import type { DirectoryAgent, DirectoryQueue, Page } from '../../domain/models.js';
import { type JsonObject, page, requiredId, text } from './json-fields.js';

export function decodeQueuePage(json: unknown): Page<DirectoryQueue> {
  return page(json, 'listCallQueues', (row: JsonObject) => ({
    id: requiredId(row.id, 'listCallQueues', 'id'),
    number: text(row.extension_number) ?? '',
    name: text(row.name),
  }));
}

export function decodeQueueAgents(json: unknown): DirectoryAgent[] {
  return page(json, 'listCallQueueAgents', (row: JsonObject) => ({
    number: text(row.extension_number) ?? '',
    displayName: text(row.display_name),
  })).items.filter((agent) => agent.number !== '');
}
