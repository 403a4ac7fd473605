import type { Browser, Locator, Page } from 'playwright-core';
import { emulatorUrl, openWorkbench, type OpenedWorkbench, type OpenOptions } from './browser';
import type { EmulatorFaults, LoggedEmulatorRequest } from './emulator';

/** The page helpers of the composer's browser tests: the composer as a person finds it, and Graph read back. */

export const ANNE = 'anne.devries@hogeschool.example';
/** A member of the test group who reads the channel back: "as another user" than the one who posted. */
export const READER = 'sanne.jansen@hogeschool.example';

export interface GraphMessage {
  id: string;
  createdDateTime: string;
  from: { user: { id: string; displayName: string } | null } | null;
  body: { contentType: string; content: string };
  mentions: { id: number; mentionText: string; mentioned: { user: { id: string; displayName: string } } }[];
  attachments: { id: string; contentType: string; contentUrl: string | null; name: string | null }[];
}

export interface TestGroup {
  id: string;
  channelId: string;
  mailNickname: string;
  /** `/teams/{id}/channels/{channelId}/messages`, encoded, under `/v1.0`. */
  messagesPath: string;
}

const tokens = new Map<string, Promise<string>>();

function tokenFor(user: string): Promise<string> {
  let token = tokens.get(user);
  if (!token) {
    token = fetch(`${emulatorUrl()}/_emulator/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user })
    }).then(async (response) => ((await response.json()) as { access_token: string }).access_token);
    tokens.set(user, token);
  }
  return token;
}

/**
 * A Graph call as `user`, with a token from the emulator; throws on an error status. Graph throttles a channel
 * to 4 requests a second (the page's own requests count too), so a 429 is waited out as `Retry-After` says.
 */
export async function graph<T>(path: string, user: string, init: RequestInit = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${emulatorUrl()}/v1.0${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${await tokenFor(user)}`, 'Content-Type': 'application/json' }
    });
    const text = await response.text();
    if (response.status === 429 && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('Retry-After') ?? 1) * 1000));
      continue;
    }
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} as ${user}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  }
}

/** A SharePoint REST call on a team site as `user`: status and parsed body. */
export async function sharePoint(
  site: string,
  path: string,
  user: string = ANNE
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${emulatorUrl()}/sites/${site}${path}`, {
    headers: { Authorization: `Bearer ${await tokenFor(user)}`, Accept: 'application/json;odata=nometadata' }
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export async function userId(upn: string): Promise<string> {
  return (await graph<{ id: string }>(`/users/${upn}?$select=id`, ANNE)).id;
}

export async function groupByName(name: string): Promise<TestGroup> {
  const found = await graph<{ value: { id: string; mailNickname: string }[] }>(
    `/groups?$filter=displayName eq '${name}'&$select=id,mailNickname`,
    ANNE
  );
  const { id, mailNickname } = found.value[0];
  const channel = await graph<{ id: string }>(`/teams/${id}/primaryChannel`, ANNE);
  return {
    id,
    channelId: channel.id,
    mailNickname,
    messagesPath: `/teams/${id}/channels/${encodeURIComponent(channel.id)}/messages`
  };
}

/** A message body as text: tags gone, references and white space folded, as a person reads it. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The channel's newest threads (one page of 50), as `READER` reads them. */
export async function channelMessages(group: TestGroup): Promise<GraphMessage[]> {
  return (await graph<{ value: GraphMessage[] }>(`${group.messagesPath}?$top=50`, READER)).value;
}

/** The thread's replies (newest 50), as `READER` reads them. */
export async function threadReplies(group: TestGroup, postId: string): Promise<GraphMessage[]> {
  return (await graph<{ value: GraphMessage[] }>(`${group.messagesPath}/${postId}/replies?$top=50`, READER)).value;
}

/** The channel's messages whose text contains `text` (unique per test, so other tests' posts never count). */
export async function messagesSaying(group: TestGroup, text: string): Promise<GraphMessage[]> {
  return (await channelMessages(group)).filter((message) => textOf(message.body.content).includes(text));
}

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${emulatorUrl()}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} failed with ${response.status}: ${text}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export async function setFaults(faults: EmulatorFaults): Promise<void> {
  await control('PUT', '/_emulator/faults', faults);
}

export async function clearFaults(): Promise<void> {
  await control('DELETE', '/_emulator/faults');
}

export async function resetEmulator(): Promise<void> {
  await control('POST', '/_emulator/reset');
}

/** The newest `seq` of the emulator's request log (shared with the other browser test files). */
export async function lastSeq(): Promise<number> {
  const log = (await control('GET', '/_emulator/requests?order=desc')) as LoggedEmulatorRequest[];
  return log[0]?.seq ?? 0;
}

export async function requestsSince(since: number): Promise<LoggedEmulatorRequest[]> {
  return (await control('GET', `/_emulator/requests?since=${since}`)) as LoggedEmulatorRequest[];
}

/** The POSTs of new messages (or of replies, with `postId`) to the group's channel in the log after `since`. */
export async function messagePostsSince(group: TestGroup, since: number, postId?: string): Promise<number> {
  const path = `/v1.0${group.messagesPath}${postId ? `/${postId}/replies` : ''}`;
  const requests = await requestsSince(since);
  return requests.filter((request) => request.method === 'POST' && request.url.split('?')[0] === path).length;
}

/** Polls `check` until it is true (or throws after `timeoutMs`, saying what was waited for). */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function feedOf(page: Page): Locator {
  return page.getByRole('feed', { name: 'Posts from your interest groups' });
}

/** The thread in the feed that says `text`. */
export function postSaying(page: Page, text: string): Locator {
  return feedOf(page).locator('article', { hasText: text });
}

/** The new-post composer, its parts as a person finds them. */
export class NewPost {
  public readonly root: Locator;

  public constructor(public readonly page: Page) {
    this.root = page.getByRole('group', { name: 'New post' });
  }

  public get editor(): Locator {
    return this.root.getByRole('textbox', { name: 'Message' });
  }

  public get groupSelect(): Locator {
    return this.root.getByRole('combobox', { name: 'Post in' });
  }

  /** The live region that announces the send (the one the text field is described by). */
  public get status(): Locator {
    return this.root.locator('[role="status"][aria-live="polite"]');
  }

  public get uploadButton(): Locator {
    return this.root.getByRole('button', { name: 'Upload from this device' });
  }

  public get attached(): Locator {
    return this.root.getByRole('list', { name: 'Attached documents' });
  }

  /** Waits until the composer may post in the chosen group (its channel is known: uploads are possible). */
  public async ready(): Promise<void> {
    await this.editor.waitFor({ timeout: 20_000 });
    await until('the composer knows its channel', () => this.uploadButton.isEnabled());
  }

  public async choose(group: string): Promise<void> {
    await this.groupSelect.selectOption({ label: group });
    await this.ready();
  }

  /** Back to an empty draft, as a person would: the text selected and deleted, every attachment removed. */
  public async clear(): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.press('Delete');
    const remove = this.attached.getByRole('button', { name: /^Remove / });
    while ((await remove.count()) > 0) {
      await remove.first().click();
    }
    await until('the draft is empty', async () => (await this.editor.innerText()).trim() === '');
  }

  /** Clicks into the text field and types at its end. */
  public async type(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /** Ctrl+Enter in the text field. */
  public async send(): Promise<void> {
    await this.editor.focus();
    await this.page.keyboard.press('Control+Enter');
  }

  public async statusSays(text: string | RegExp, timeout = 20_000): Promise<void> {
    await this.status.filter({ hasText: text }).waitFor({ timeout });
  }
}

export interface ComposerOpenOptions extends OpenOptions {
  query?: Record<string, string>;
  /** The group to post in; chosen after opening. */
  group?: string;
}

/** The feed as Anne sees it, with "Start a post" opened (and the group chosen). */
export async function openNewPost(
  browser: Browser,
  options: ComposerOpenOptions = {}
): Promise<OpenedWorkbench & { composer: NewPost }> {
  const opened = await openWorkbench(
    browser,
    { user: ANNE, webpart: 'interestGroupFeed', ...options.query },
    { viewport: options.viewport }
  );
  await feedOf(opened.page).locator('article').first().waitFor({ timeout: 20_000 });
  await opened.page.getByRole('button', { name: 'Start a post' }).click();
  const composer = new NewPost(opened.page);
  await composer.ready();
  if (options.group) await composer.choose(options.group);
  return { ...opened, composer };
}

/**
 * Runs in the page until the progress bar named `label` has come and gone: every `aria-valuetext` and visible
 * progress text it showed, in order, without repeats.
 */
export function watchProgress(page: Page, label: string): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        let appeared = false;
        const started = Date.now();
        const look = (): void => {
          const bar = document.querySelector(`[role="progressbar"][aria-label="${name}"]`);
          if (bar) {
            appeared = true;
            const group = bar.closest('[role="group"]');
            const shown = `${bar.getAttribute('aria-valuetext') ?? ''} | ${group?.textContent ?? ''}`;
            if (seen[seen.length - 1] !== shown) seen.push(shown);
          }
          if ((appeared && !bar) || Date.now() - started > 60_000) resolve(seen);
          else requestAnimationFrame(look);
        };
        look();
      }),
    label
  );
}
