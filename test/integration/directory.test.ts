import { useHarness } from '../helpers/use-harness.js';

describe('the queue directory', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('lists every queue when no numbers are given, with names', async () => {
    const reply = await harness().query<{ queues: Array<{ number: string; name: string | null }> }>(
      '{ queues { number name } }',
    );
    expect(reply.body.errors).toBeUndefined();
    const queues = reply.body.data!.queues;
    expect(queues.length).toBeGreaterThanOrEqual(5);
    expect(queues.map((queue) => queue.number)).toEqual(
      expect.arrayContaining(['8000', '8001', '8002', '8003', '8004']),
    );
    for (const queue of queues) expect(typeof queue.name).toBe('string');
    expect(harness().simulator.countRequests('listCallQueues')).toBe(1);
  });

  it('looks a queue name up once for several queues', async () => {
    const reply = await harness().query<{ queues: Array<{ name: string | null }> }>(
      '{ queues(numbers: ["8000", "8001", "9999"]) { number name } }',
    );
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.queues[0]!.name).toEqual(expect.any(String));
    expect(reply.body.data!.queues[2]!.name).toBeNull();
    expect(harness().simulator.countRequests('listCallQueues')).toBe(1);
  });

  it("lists a queue's agents from the directory when no numbers are given", async () => {
    const reply = await harness().query<{ queue: { agents: Array<{ number: string; displayName: string | null }> } }>(
      '{ queue(number: "8000") { agents { number displayName } } }',
    );
    expect(reply.body.errors).toBeUndefined();
    const agents = reply.body.data!.queue.agents;
    expect(agents.length).toBeGreaterThanOrEqual(5);
    expect(agents.every((agent) => /^\d+$/.test(agent.number))).toBe(true);
    expect(harness().simulator.countRequests('listCallQueueAgents')).toBe(1);
    const path = harness().simulator.requests.find((request) => request.operationId === 'listCallQueueAgents')!.path;
    expect(path).toMatch(/^\/api\/call_queues\/[^/]+\/agents$/);
  });

  it('finds display names for agents given by number', async () => {
    const reply = await harness().query<{ queue: { agents: Array<{ displayName: string | null }> } }>(
      '{ queue(number: "8000") { agents(numbers: ["101", "102"]) { number displayName } } }',
    );
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.queue.agents.some((agent) => typeof agent.displayName === 'string')).toBe(true);
  });

  it('answers NOT_FOUND for the agents of a queue the directory does not have', async () => {
    const reply = await harness().query('{ queue(number: "9999") { number agents { number } } }');
    expect(reply.body.data).toEqual({ queue: { number: '9999', agents: null } });
    expect(reply.body.errors![0]).toMatchObject({ path: ['queue', 'agents'], extensions: { code: 'NOT_FOUND' } });
  });
});
