/**
 * Answers the channel-message requests inside the page's Graph `$batch`es with synthetic pages (Playwright
 * `page.route`), after the emulated latency; any other request of a batch still goes to the emulator.
 */
import type { Page, Route } from 'playwright-core';
import { parsePageRequest, syntheticPage, type SyntheticFeed } from './syntheticMessages';

interface BatchRequest {
  id: string;
  method: string;
  url: string;
}

interface BatchAnswer {
  responses: unknown[];
}

export interface RoutedFeed {
  /** Threads handed to the page so far. */
  threadsServed(): number;
  /** Channel-message requests answered so far. */
  pagesServed(): number;
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-expose-headers': 'request-id, client-request-id, Retry-After, ETag',
    'content-type': 'application/json'
  };
}

export async function routeFeed(page: Page, feed: SyntheticFeed, latencyMs: number): Promise<RoutedFeed> {
  let threads = 0;
  let pages = 0;
  const handle = async (route: Route): Promise<void> => {
    const request = route.request();
    if (request.method() !== 'POST') {
      await route.continue();
      return;
    }
    const batch = request.postDataJSON() as { requests: BatchRequest[] };
    const ours = batch.requests.filter((inner) => inner.method === 'GET' && parsePageRequest(feed, inner.url));
    if (ours.length === 0) {
      await route.continue();
      return;
    }
    const rest = batch.requests.filter((inner) => !ours.includes(inner));
    let responses: unknown[] = [];
    let headers = corsHeaders(request.headers().origin);
    if (rest.length > 0) {
      const forwarded = await route.fetch({ postData: JSON.stringify({ requests: rest }) });
      responses = ((await forwarded.json()) as BatchAnswer).responses;
      headers = forwarded.headers();
    } else {
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
    }
    for (const inner of ours) {
      const body = syntheticPage(
        feed,
        parsePageRequest(feed, inner.url) as NonNullable<ReturnType<typeof parsePageRequest>>
      );
      threads += (body.value as unknown[]).length;
      pages++;
      responses.push({ id: inner.id, status: 200, headers: { 'Content-Type': 'application/json' }, body });
    }
    await route.fulfill({ status: 200, headers, body: JSON.stringify({ responses }) });
  };
  await page.route((url) => url.pathname.endsWith('/v1.0/$batch'), handle);
  return { threadsServed: () => threads, pagesServed: () => pages };
}
