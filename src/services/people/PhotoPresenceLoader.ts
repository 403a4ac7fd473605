import type { GraphFI } from '@pnp/graph';
import type { Presence } from '../../model/Presence';
import { runBatch, type BatchCall, type RetryPolicy } from '../graph/runBatch';
import { pageFirstContent, type FirstContentTracker } from '../graph/firstContent';
import { WindowCollector } from '../graph/WindowCollector';
import { failed, ok, type Result } from '../Result';
import { photoCall, presencesCall, presencesById } from './cardParts';
import type { PeopleStores } from './peopleStores';

type Decoration = string | undefined | Presence;

const PRESENCE_CALL = 'presence';

/** How long photos and presence wait for the page's other web parts to show their first content. */
const MAX_WAIT_FOR_PAGE_MS = 1000;

/**
 * Photos and presence of everyone rendered together (all Kring web parts on a page share one instance): the
 * photos and one `getPresencesByUserId` for all of them travel in one Graph `$batch`, sent once the page's web
 * parts have shown their first content (at most a second later), so people appearing moments apart share it.
 */
export class PhotoPresenceLoader {
  private readonly collector: WindowCollector<Decoration>;

  public constructor(
    private readonly graph: GraphFI,
    private readonly stores: PeopleStores,
    private readonly retry: RetryPolicy,
    windowMs?: number,
    firstContent: FirstContentTracker = pageFirstContent
  ) {
    this.collector = new WindowCollector(
      (keys) => this.load(keys),
      windowMs,
      () => firstContent.settled(MAX_WAIT_FOR_PAGE_MS)
    );
  }

  public photo(userId: string): Promise<string | undefined> {
    const cached = this.stores.photo.get(userId);
    return cached
      ? Promise.resolve(cached.value)
      : (this.collector.request(`photo:${userId.toLowerCase()}`) as Promise<string | undefined>);
  }

  public presence(userId: string): Promise<Presence> {
    const cached = this.stores.presence.get(userId);
    return cached
      ? Promise.resolve(cached.value)
      : (this.collector.request(`presence:${userId.toLowerCase()}`) as Promise<Presence>);
  }

  private async load(keys: string[]): Promise<Map<string, Result<Decoration>>> {
    const photoIds = keys.filter((key) => key.startsWith('photo:')).map((key) => key.slice('photo:'.length));
    const presenceIds = keys.filter((key) => key.startsWith('presence:')).map((key) => key.slice('presence:'.length));
    const calls = new Map<string, BatchCall<unknown>>(photoIds.map((id) => [`photo:${id}`, photoCall(id)]));
    if (presenceIds.length > 0) {
      calls.set(PRESENCE_CALL, presencesCall(presenceIds));
    }
    const answers = await runBatch(this.graph, calls, this.retry);
    const results = new Map<string, Result<Decoration>>();
    for (const id of photoIds) {
      const answer = answers.get(`photo:${id}`);
      if (answer?.ok) {
        const photo = typeof answer.value === 'string' ? answer.value : undefined;
        this.stores.photo.put(id, photo);
        results.set(`photo:${id}`, ok(photo));
      } else if (answer) {
        results.set(`photo:${id}`, failed(answer.error));
      }
    }
    const presences = answers.get(PRESENCE_CALL);
    if (presences?.ok) {
      for (const [id, presence] of presencesById(presenceIds, presences.value)) {
        this.stores.presence.put(id, presence);
        results.set(`presence:${id}`, ok(presence));
      }
    } else if (presences) {
      presenceIds.forEach((id) => results.set(`presence:${id}`, failed(presences.error)));
    }
    return results;
  }
}
