import { SlidingWindow } from './slidingWindow';

/**
 * Microsoft Graph throttling limits, Microsoft Teams service limits: "GET channel message" 20 rps per app per
 * tenant, and "a maximum of 4 requests per second per app can be issued on a given team or channel". The emulator
 * is one tenant with one app (Kring), so every caller shares these budgets, as every SPFx solution in a tenant does.
 */
export const CHANNEL_MESSAGE_READS_PER_SECOND = 20;
export const REQUESTS_PER_CHANNEL_PER_SECOND = 4;
const WINDOW_MS = 1000;

export interface ThrottleSettings {
  channelMessages: boolean;
}

export const DEFAULT_THROTTLE_SETTINGS: ThrottleSettings = { channelMessages: true };

/** Budgets for requests on channel messages; a refused request does not use any of them. */
export class ChannelMessageThrottle {
  private settings: ThrottleSettings = DEFAULT_THROTTLE_SETTINGS;
  private tenantReads = new SlidingWindow(CHANNEL_MESSAGE_READS_PER_SECOND, WINDOW_MS);
  private readonly channels = new Map<string, SlidingWindow>();

  public get current(): ThrottleSettings {
    return this.settings;
  }

  public set(settings: ThrottleSettings): void {
    this.settings = settings;
    this.clearBudgets();
  }

  public reset(): void {
    this.set(DEFAULT_THROTTLE_SETTINGS);
  }

  /** Admits one request on `channelKey` (a read when `isRead`), or answers the seconds to wait before retrying. */
  public admit(channelKey: string, isRead: boolean, now = Date.now()): { retryAfterSeconds: number } | undefined {
    if (!this.settings.channelMessages) {
      return undefined;
    }
    const channel = this.channelWindow(channelKey);
    const waitMs = Math.max(channel.waitMs(now), isRead ? this.tenantReads.waitMs(now) : 0);
    if (waitMs > 0) {
      return { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    channel.admit(now);
    if (isRead) {
      this.tenantReads.admit(now);
    }
    return undefined;
  }

  private channelWindow(channelKey: string): SlidingWindow {
    let window = this.channels.get(channelKey);
    if (!window) {
      if (this.channels.size > 10_000) {
        this.forgetIdleChannels();
      }
      window = new SlidingWindow(REQUESTS_PER_CHANNEL_PER_SECOND, WINDOW_MS);
      this.channels.set(channelKey, window);
    }
    return window;
  }

  private forgetIdleChannels(): void {
    const now = Date.now();
    for (const [key, window] of this.channels) {
      if (window.waitMs(now) === 0 && window.isIdle) {
        this.channels.delete(key);
      }
    }
  }

  private clearBudgets(): void {
    this.tenantReads = new SlidingWindow(CHANNEL_MESSAGE_READS_PER_SECOND, WINDOW_MS);
    this.channels.clear();
  }
}
