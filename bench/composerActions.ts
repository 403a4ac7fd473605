/**
 * The composer bench's actions in the workbench, each measured from the page's own marks (`composerProbe`) and
 * counted from the emulator's request log, cleared just before the action: opening the composer, sending a post or
 * a reply with Ctrl+Enter, toggling a reaction, uploading a file from the device.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningEmulator } from '../test/support/emulator';
import { waitForQuiet } from './emulatorQuiet';
import { installProbe, resultTimes, shownEpochMs, watchForResult, type ActionTimes } from './composerProbe';
import { requestWindow, splitAtResult, type ActionRequests, type RequestWindow } from './composerRequests';

/** How long the log must stay unchanged before an action's requests are taken as complete. */
const QUIET_MS = 1000;
const FEED = '[role="feed"]';

export interface FeedPage {
  context: BrowserContext;
  page: Page;
}

export interface ComposerOpenRun {
  /** Click on "Start a post" → the text field in the document, editable (focusable). */
  focusableMs: number;
  /** → the frame after that. */
  paintedMs: number;
  /** → the text field focused (the composer's autoFocus); undefined when it was not. */
  focusedMs: number | undefined;
  requests: ActionRequests;
}

export interface SendRun {
  /** Ctrl+Enter keydown → the frame after the message's text was in the feed. */
  sendToShownMs: number;
  /** Ctrl+Enter keydown → the message's text in the feed's document. */
  sendToInDocumentMs: number;
  requests: ActionRequests;
}

export interface ReactionRun {
  action: 'add' | 'remove';
  /** Click → the reaction bar saying Graph has it ("You reacted with Like."). */
  clickToSavedMs: number;
  requests: ActionRequests;
}

export interface UploadRun {
  bytes: number;
  /** The file input's change → the frame after the attachment chip. */
  chosenToChipMs: number;
  /** MiB per second over that time (the UI's MB are MiB). */
  mbPerSecond: number;
  /** The parts the file went in: StartUpload, ContinueUpload and FinishUpload requests, or 1 for a simple upload. */
  chunks: number;
  requests: RequestWindow;
}

function chunksOf(requests: RequestWindow): number {
  const parts = requests.patterns
    .filter((pattern) => /\/(Start|Continue|Finish)Upload\(/.test(pattern.request))
    .reduce((sum, pattern) => sum + pattern.count, 0);
  return parts > 0 ? parts : requests.patterns.some((pattern) => /AddUsingPath/.test(pattern.request)) ? 1 : 0;
}

/** A new browser context (empty cache and storage) showing the feed, once the page and the emulator are idle. */
export async function openFeedPage(browser: Browser, emulator: RunningEmulator, url: string): Promise<FeedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await installProbe(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(`${FEED} article`).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await waitForQuiet(emulator, QUIET_MS, undefined, 100);
  return { context, page };
}

async function requestsOf(emulator: RunningEmulator, times: ActionTimes): Promise<ActionRequests> {
  await waitForQuiet(emulator, QUIET_MS, undefined, 100);
  return splitAtResult(await emulator.requests(), shownEpochMs(times));
}

/** Clicks "Start a post" (the composer's code not loaded yet in this page) and waits for its text field. */
export async function openComposer(page: Page, emulator: RunningEmulator): Promise<ComposerOpenRun> {
  await watchForResult(page, { selector: '[role="textbox"][aria-label="Message"][contenteditable="true"]' });
  await emulator.clearRequests();
  await page.getByRole('button', { name: 'Start a post' }).click();
  const times = await resultTimes(page, 'click');
  return {
    focusableMs: Math.round(times.shownAt - times.startedAt),
    paintedMs: Math.round(times.shownFrameAt - times.startedAt),
    focusedMs: times.focusedAt === undefined ? undefined : Math.round(times.focusedAt - times.startedAt),
    requests: await requestsOf(emulator, times)
  };
}

/**
 * Types `text` into the text field and sends it with Ctrl+Enter; the result is the text in a feed article (a post)
 * or in a reply of the thread (a reply), the text field's own copy left out; the live region must then say so.
 */
export async function sendMessage(
  page: Page,
  emulator: RunningEmulator,
  editor: Locator,
  kind: 'post' | 'reply',
  text: string
): Promise<SendRun> {
  await editor.click();
  await page.keyboard.type(text);
  await waitForQuiet(emulator, 300, undefined, 100);
  await watchForResult(page, {
    selector: kind === 'post' ? `${FEED} article` : `${FEED} article li`,
    text,
    outsideEditor: true
  });
  await emulator.clearRequests();
  await page.keyboard.press('Control+Enter');
  const times = await resultTimes(page, 'send');
  const sent = kind === 'post' ? 'Your post was sent.' : 'Your reply was sent.';
  await page.locator('[role="status"]', { hasText: sent }).first().waitFor({ timeout: 10_000 });
  return {
    sendToShownMs: Math.round(times.shownFrameAt - times.startedAt),
    sendToInDocumentMs: Math.round(times.shownAt - times.startedAt),
    requests: await requestsOf(emulator, times)
  };
}

/**
 * Gives the thread's post a Like from "Add reaction" (`add`), or takes it back with its toggle (`remove`). The
 * pointer is moved over the control first and the page left to settle, so what pointing asks for (who reacted) is
 * not counted as the toggle's.
 */
export async function toggleLike(
  page: Page,
  emulator: RunningEmulator,
  article: Locator,
  action: 'add' | 'remove'
): Promise<ReactionRun> {
  let control: Locator;
  if (action === 'add') {
    await article.getByRole('button', { name: 'Add reaction' }).first().click();
    control = page.getByRole('dialog', { name: 'Choose a reaction' }).getByRole('button', { name: 'Like' });
  } else {
    control = article.getByRole('button', { name: 'Like, you', exact: true });
  }
  await control.hover();
  await waitForQuiet(emulator, 500, undefined, 100);
  const saved = action === 'add' ? 'You reacted with Like.' : 'Your Like reaction was taken back.';
  await watchForResult(page, { selector: `${FEED} article [role="status"]`, text: saved });
  await emulator.clearRequests();
  await control.click();
  const times = await resultTimes(page, 'click');
  return {
    action,
    clickToSavedMs: Math.round(times.shownFrameAt - times.startedAt),
    requests: await requestsOf(emulator, times)
  };
}

/**
 * Puts a file of random bytes, made in the page, into the composer's file input and fires its change, as choosing
 * it does (what Playwright's `setInputFiles` does too, without sending 20 MB through the DevTools protocol first).
 */
async function chooseFile(page: Page, file: { name: string; bytes: number }): Promise<void> {
  await page.evaluate(({ name, bytes }) => {
    const data = new Uint8Array(bytes);
    for (let offset = 0; offset < bytes; offset += 65_536) {
      crypto.getRandomValues(data.subarray(offset, Math.min(offset + 65_536, bytes)));
    }
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], name, { type: 'application/octet-stream' }));
    const input = document.querySelector<HTMLInputElement>('[role="group"][aria-label="New post"] input[type="file"]');
    if (!input) throw new Error('The composer has no file input.');
    input.files = transfer.files;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, file);
}

/** Chooses the file in the composer's "Upload from this device" input and waits for its attachment chip. */
export async function uploadFile(
  page: Page,
  emulator: RunningEmulator,
  file: { name: string; bytes: number }
): Promise<UploadRun> {
  const composer = page.getByRole('group', { name: 'New post' });
  await composer.getByRole('button', { name: 'Upload from this device' }).waitFor();
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('button')).some(
        (button) => button.textContent === 'Upload from this device' && !button.disabled
      ),
    undefined,
    { polling: 100, timeout: 10_000 }
  );
  await watchForResult(page, { selector: 'ul[aria-label="Attached documents"] li', text: file.name });
  await emulator.clearRequests();
  await chooseFile(page, file);
  const times = await resultTimes(page, 'fileChosen', 120_000);
  const chosenToChipMs = Math.round(times.shownFrameAt - times.startedAt);
  await waitForQuiet(emulator, 500, undefined, 100);
  const requests = requestWindow(await emulator.requests());
  await page.getByRole('button', { name: `Remove ${file.name}` }).click();
  await page.getByRole('button', { name: `Remove ${file.name}` }).waitFor({ state: 'detached' });
  return {
    bytes: file.bytes,
    chosenToChipMs,
    mbPerSecond: Math.round((file.bytes / (1024 * 1024) / (chosenToChipMs / 1000)) * 10) / 10,
    chunks: chunksOf(requests),
    requests
  };
}
