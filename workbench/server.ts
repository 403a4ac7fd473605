import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { WORKBENCH_DIST } from './build';

export interface WorkbenchServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The emulator's base URL as the browser reaches it, e.g. `http://localhost:4301`. */
  emulatorUrl: string;
  distDir?: string;
}

export interface RunningWorkbench {
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8'
};

/** The workbench page, with the emulator's address written into it. */
export function workbenchHtml(emulatorUrl: string): string {
  const config = JSON.stringify({ emulatorUrl }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kring workbench</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; min-height: 100%; } body { font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; }</style>
</head>
<body>
<div id="workbench"></div>
<script>window.__KRING_WORKBENCH__ = ${config};</script>
<script type="module" src="/workbench.js"></script>
</body>
</html>
`;
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  response.end(body);
}

/** Serves the built workbench page (`workbench/dist/`) and its configuration. */
export function startWorkbenchServer(options: WorkbenchServerOptions): Promise<RunningWorkbench> {
  const distDir = options.distDir ?? WORKBENCH_DIST;
  const html = workbenchHtml(options.emulatorUrl);
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain', 'Method not allowed');
    } else if (pathname === '/' || pathname === '/index.html') {
      send(response, 200, 'text/html; charset=utf-8', html);
    } else if (pathname === '/_workbench/health') {
      send(response, 200, 'application/json', JSON.stringify({ status: 'ok', emulatorUrl: options.emulatorUrl }));
    } else {
      const file = path.join(distDir, path.normalize(pathname).replace(/^([/\\])+/, ''));
      const type = CONTENT_TYPES[path.extname(file)];
      if (!type || !file.startsWith(distDir + path.sep)) {
        send(response, 404, 'text/plain', 'Not found');
        return;
      }
      fs.readFile(file, (error, content) =>
        error ? send(response, 404, 'text/plain', 'Not found') : send(response, 200, type, content)
      );
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://localhost:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          })
      });
    });
  });
}
