import type { OutgoingMessage } from '../../model/composer/Draft';
import { toGraphNewMessage } from '../../model/composer/graphNewMessage';
import type { ChannelRef } from '../../model/feed/mergedFeed';
import type { Post, Reply } from '../../model/feed/Post';
import { testPost } from '../../model/feed/testPosts';
import { ServiceError } from '../ServiceError';
import type { ComposerService } from './ComposerService';

/** What the fake does with the next POST: answer it, store it and lose the answer, lose it unstored, or refuse. */
export type PostBehaviour = 'answer' | 'storeThenLose' | 'loseBeforeStore' | ServiceError;

const lost = (): ServiceError => new ServiceError('network', 'Failed to fetch');

/**
 * A channel in memory behind the ComposerService methods the sender uses, with a script for its POSTs, so a test
 * can make Graph store a message and drop the answer. Stored messages are Teams-rewritten (`<div>` for `<p>`).
 */
export class FakeChannel implements Pick<ComposerService, 'post' | 'reply' | 'recentPosts' | 'recentReplies'> {
  public readonly stored: Array<Post | Reply> = [];
  public readonly calls = { post: 0, reply: 0, reads: 0 };
  public script: PostBehaviour[] = [];
  /** Makes the reads fail while set. */
  public readError: ServiceError | undefined;
  /** Called during each POST, before it is stored: to see what the store held while the send was under way. */
  public onPost: () => Promise<void> = async () => undefined;
  private nextId = 1;

  public constructor(
    private readonly authorId: string,
    private readonly now: () => Date
  ) {}

  public async post(channel: ChannelRef, message: OutgoingMessage): Promise<Post> {
    this.calls.post++;
    return this.handle(() => this.store(channel, message)) as Promise<Post>;
  }

  public async reply(channel: ChannelRef, postId: string, message: OutgoingMessage): Promise<Reply> {
    this.calls.reply++;
    return this.handle(() => ({ ...this.store(channel, message), postId })) as Promise<Reply>;
  }

  public async recentPosts(_channel: ChannelRef, since: string): Promise<Post[]> {
    return this.read(since).filter((message): message is Post => !('postId' in message));
  }

  public async recentReplies(_channel: ChannelRef, postId: string, since: string): Promise<Reply[]> {
    return this.read(since).filter((message): message is Reply => 'postId' in message && message.postId === postId);
  }

  /** A message that is in the channel already, e.g. sent earlier by the same person. */
  public add(message: Post | Reply): void {
    this.stored.push(message);
  }

  public message(html: string, created: string, overrides: Partial<Post> = {}): Post {
    const author = { id: this.authorId, displayName: 'Anne de Vries' };
    return testPost(`m${this.nextId++}`, created, {
      groupId: 'g',
      channelId: 'c',
      author,
      untrustedHtml: html,
      ...overrides
    });
  }

  private async handle(store: () => Post | Reply): Promise<Post | Reply> {
    await this.onPost();
    const behaviour = this.script.shift() ?? 'answer';
    if (behaviour instanceof ServiceError) throw behaviour;
    if (behaviour === 'loseBeforeStore') throw lost();
    const message = store();
    this.stored.push(message);
    if (behaviour === 'storeThenLose') throw lost();
    return message;
  }

  private store(channel: ChannelRef, message: OutgoingMessage): Post {
    const html = toGraphNewMessage(message).body.content.replace(/<(\/?)p>/g, '<$1div>');
    return { ...this.message(html, this.now().toISOString()), ...channel };
  }

  private read(since: string): Array<Post | Reply> {
    this.calls.reads++;
    if (this.readError) throw this.readError;
    return this.stored.filter((message) => message.created >= since);
  }
}
