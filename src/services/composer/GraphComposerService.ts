import type { GraphFI } from '@pnp/graph';
import type { OutgoingMessage } from '../../model/composer/Draft';
import { toGraphNewMessage } from '../../model/composer/graphNewMessage';
import { toPost, toReply, type GraphChatMessagePayload } from '../../model/feed/graphMessage';
import type { ChannelRef } from '../../model/feed/mergedFeed';
import type { MessageBase, Post, Reply } from '../../model/feed/Post';
import { logFailure } from '../logFailure';
import { ServiceError } from '../ServiceError';
import { toServiceError } from '../toServiceError';
import type { ComposerService, MessageRef } from './ComposerService';
import {
  firstPostsPage,
  firstRepliesPage,
  newPostAt,
  newReplyAt,
  pageAt,
  postMessageOnce,
  reactionAction,
  type MessagePage
} from './composerCalls';

export interface ComposerOptions {
  /** How long a send waits for Graph's answer before its outcome counts as unknown. */
  sendTimeoutMs?: number;
  /** Pages read at most when looking for a send in a busy channel or thread. */
  maxPagesToSearch?: number;
}

const DEFAULTS: Required<ComposerOptions> = { sendTimeoutMs: 30_000, maxPagesToSearch: 3 };

/** Posts, replies and reactions through Graph as the signed-in user (`ChannelMessage.Send`). */
export class GraphComposerService implements ComposerService {
  private readonly options: Required<ComposerOptions>;

  public constructor(
    private readonly graph: GraphFI,
    options: ComposerOptions = {}
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  public async post(channel: ChannelRef, message: OutgoingMessage): Promise<Post> {
    const payload = await this.send('composer.post', () =>
      postMessageOnce(newPostAt(this.graph, channel), toGraphNewMessage(message), this.options.sendTimeoutMs)
    );
    return this.mapped('composer.post', toPost(payload, channel));
  }

  public async reply(channel: ChannelRef, postId: string, message: OutgoingMessage): Promise<Reply> {
    const { subject: _subject, ...reply } = message;
    const payload = await this.send('composer.reply', () =>
      postMessageOnce(newReplyAt(this.graph, channel, postId), toGraphNewMessage(reply), this.options.sendTimeoutMs)
    );
    return this.mapped('composer.reply', toReply(payload, postId, channel));
  }

  public async setReaction(message: MessageRef, reactionType: string): Promise<void> {
    await this.send('composer.setReaction', () => reactionAction(this.graph, message, 'setReaction', reactionType));
  }

  public async unsetReaction(message: MessageRef, reactionType: string): Promise<void> {
    await this.send('composer.unsetReaction', () => reactionAction(this.graph, message, 'unsetReaction', reactionType));
  }

  public async recentPosts(channel: ChannelRef, since: string): Promise<Post[]> {
    const payloads = await this.send('composer.recentPosts', () =>
      this.readBack(firstPostsPage(this.graph, channel), since)
    );
    return createdSince(
      payloads.map((payload) => toPost(payload, channel)).filter((post): post is Post => post !== undefined),
      since
    );
  }

  public async recentReplies(channel: ChannelRef, postId: string, since: string): Promise<Reply[]> {
    const payloads = await this.send('composer.recentReplies', () =>
      this.readBack(firstRepliesPage(this.graph, channel, postId), since)
    );
    return createdSince(
      payloads
        .map((payload) => toReply(payload, postId, channel))
        .filter((reply): reply is Reply => reply !== undefined),
      since
    );
  }

  /**
   * Reads pages until one holds nothing changed since `since`. Graph documents no order for channel messages, so
   * a page is passed over only when every message on it is older, and at most `maxPagesToSearch` are read.
   */
  private async readBack(first: Promise<MessagePage>, since: string): Promise<GraphChatMessagePayload[]> {
    const found: GraphChatMessagePayload[] = [];
    const from = Date.parse(since);
    const changedSince = (value: GraphChatMessagePayload): boolean =>
      Date.parse(value.lastModifiedDateTime ?? value.createdDateTime ?? '') >= from;
    let page = await first;
    for (let read = 1; ; read++) {
      found.push(...page.value);
      if (!page.nextLink || !page.value.some(changedSince) || read >= this.options.maxPagesToSearch) return found;
      page = await pageAt(this.graph, page.nextLink);
    }
  }

  private async send<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw logFailure(operation, await toServiceError(error));
    }
  }

  private mapped<T>(operation: string, message: T | undefined): T {
    if (!message) {
      // Stored, but not readable: no status, so a send takes it as an unknown outcome and looks for the message.
      throw logFailure(operation, new ServiceError('failed', 'Graph answered the message without its id or time.'));
    }
    return message;
  }
}

function createdSince<T extends MessageBase>(messages: T[], since: string): T[] {
  const from = Date.parse(since);
  return messages.filter((message) => Date.parse(message.created) >= from);
}
