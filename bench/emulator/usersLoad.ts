import { Agent, request } from 'http';

/**
 * A bounded loopback load test of `GET /v1.0/users/{id}`: a fixed number of keep-alive connections for a fixed time
 * against a running emulator. Usage: tsx bench/emulator/usersLoad.ts [--url http://localhost:4301] [--seconds 10] [--connections 16]
 */
interface Options {
  url: string;
  seconds: number;
  connections: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    url: process.env.KRING_EMULATOR_URL ?? 'http://localhost:4301',
    seconds: 10,
    connections: 16
  };
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1];
    if (argv[i] === '--url' && value) {
      options.url = value;
    } else if (argv[i] === '--seconds') {
      options.seconds = Math.min(60, Math.max(1, Number(value)));
    } else if (argv[i] === '--connections') {
      options.connections = Math.min(128, Math.max(1, Number(value)));
    } else {
      throw new Error(`Unknown option ${argv[i]}`);
    }
  }
  const host = new URL(options.url).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
    throw new Error('The load test only runs against a loopback emulator.');
  }
  return options;
}

function get(agent: Agent, url: URL, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        headers: { Authorization: `Bearer ${token}` }
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      }
    );
    req.on('error', reject);
    req.end();
  });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const tokenResponse = await fetch(`${options.url}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}'
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const list = await fetch(`${options.url}/v1.0/users?$select=id&$top=999`, {
    headers: { Authorization: `Bearer ${token}` }
  });
  const ids = ((await list.json()) as { value: Array<{ id: string }> }).value.map((user) => user.id);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const deadline = Date.now() + options.seconds * 1000;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const id = ids[next++ % ids.length];
      const started = process.hrtime.bigint();
      const status = await get(
        agent,
        new URL(`${options.url}/v1.0/users/${id}?$select=id,displayName,jobTitle,department,mail`),
        token
      );
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const percentile = (p: number): string =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(2);
  console.log(
    JSON.stringify(
      {
        endpoint: 'GET /v1.0/users/{id}?$select=…',
        connections: options.connections,
        seconds: Number(elapsed.toFixed(1)),
        requests: latencies.length,
        requestsPerSecond: Math.round(latencies.length / elapsed),
        latencyMs: { p50: percentile(0.5), p90: percentile(0.9), p99: percentile(0.99) },
        statuses: Object.fromEntries(statuses)
      },
      null,
      2
    )
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
