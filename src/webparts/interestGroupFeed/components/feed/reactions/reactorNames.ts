import * as React from 'react';
import type { MessagePerson, Post } from '../../../../../model/feed/Post';
import type { KringServices } from '../../../../../services/KringServices';
import { useServices } from '../../../../../services/ServicesContext';

/** The people a thread names itself: who wrote the post and its replies, and who they mention. */
export function threadPeople(thread: Post): MessagePerson[] {
  const messages = [thread, ...thread.replies];
  return [
    ...messages.flatMap((message) => (message.author ? [message.author] : [])),
    ...messages.flatMap((message) => message.mentions.flatMap((mention) => (mention.person ? [mention.person] : [])))
  ];
}

/**
 * Display names by user id (lower case) for the page's services: from the threads, and for anyone else from one
 * batched lookup per list shown (`''` for ids nobody has). Lists that ask for the same ids at once share a lookup.
 */
class ReactorNames {
  public readonly names = new Map<string, string>();
  private readonly pending = new Map<string, Promise<void>>();

  public constructor(private readonly services: KringServices) {}

  public learn(people: readonly MessagePerson[]): void {
    for (const person of people) {
      if (person.displayName) this.names.set(person.id.toLowerCase(), person.displayName);
    }
  }

  public missing(ids: readonly string[]): string[] {
    return ids.map((id) => id.toLowerCase()).filter((id) => !this.names.has(id));
  }

  public lookUp(ids: readonly string[]): Promise<void> {
    const key = ids.join(',');
    let lookup = this.pending.get(key);
    if (!lookup) {
      lookup = this.services.registry
        .getPeople(ids)
        .then((people) => {
          people.forEach((person) => this.names.set(person.id.toLowerCase(), person.displayName));
          ids.forEach((id) => this.names.has(id) || this.names.set(id, ''));
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, lookup);
    }
    return lookup;
  }
}

const byServices = new WeakMap<KringServices, ReactorNames>();

/** The names of `ids` once known (`''` for someone unknown), or undefined while they are looked up. */
export function useReactorNames(ids: readonly string[], thread: Post): ReadonlyMap<string, string> | undefined {
  const services = useServices();
  let names = byServices.get(services);
  if (!names) {
    names = new ReactorNames(services);
    byServices.set(services, names);
  }
  names.learn(threadPeople(thread));
  const missing = names.missing(ids);
  const missingKey = missing.join(',');
  const [failed, setFailed] = React.useState(false);
  const [, loaded] = React.useReducer((count: number) => count + 1, 0);
  const source = names;
  React.useEffect(() => {
    if (missingKey === '') return;
    let current = true;
    source
      .lookUp(missingKey.split(','))
      .then(() => current && loaded())
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [source, missingKey]);
  if (missing.length > 0 && !failed) {
    return undefined;
  }
  return new Map(ids.map((id) => [id, source.names.get(id.toLowerCase()) ?? '']));
}
