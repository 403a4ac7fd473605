import { createHash } from 'crypto';
import type { InterestGroupDefinition } from '../../graph/seed/interestGroupCatalog';
import type { FieldValue } from '../store/listStore';
import type { SeedChannel, SeedGroup, SeedMessage, SeedSource } from './seedSource';
import { catalogueTerms, messageTopics, plainText, topicLabels } from './topics';

export interface Highlight {
  created: string;
  curatorId: string;
  values: Record<string, FieldValue>;
}

/** A number in [0, 1) from a string: deterministic choices without a random generator. */
function unitHash(...parts: string[]): number {
  return parseInt(createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 8), 16) / 0x100000000;
}

function excerpt(text: string, length = 120): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).replace(/\s+\S*$/, '')}…`;
}

function jsonLength(json: string): number {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.length : 0;
  } catch {
    return 0;
  }
}

/** Teams' deep link to a channel message (or a reply, with its parent). */
export function teamsMessageUrl(
  groupId: string,
  teamName: string,
  channel: SeedChannel,
  messageId: string,
  parentId: string,
  createdDateTime: string
): string {
  const params = new URLSearchParams({
    groupId,
    parentMessageId: parentId,
    teamName,
    channelName: channel.displayName,
    createdTime: String(Date.parse(createdDateTime))
  });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(channel.id)}/${messageId}?${params.toString()}`;
}

/** Code-unit order: independent of the machine's locale, so the seed is the same everywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isoSeconds(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const NOT_AN_ANSWER = /^(dank|thanks|thank you|herkenbaar|same here|\+1)/i;

/** One group's messages, with what every highlight of the group shares. */
interface GroupThreads {
  group: SeedGroup;
  channel: SeedChannel;
  repliesByParent: Map<string, SeedMessage[]>;
  displayNames: ReadonlyMap<string, string>;
  common: Record<string, FieldValue>;
  curatedAt: (message: SeedMessage) => string;
}

function linkScore(reply: SeedMessage): number {
  return jsonLength(reply.reactions) + (reply.bodyContent.includes('<a ') ? 2 : 0);
}

/** A question whose asker accepted someone else's reply (not a thank-you), preferring replies with links and reactions. */
function acceptedAnswer(
  threads: GroupThreads,
  message: SeedMessage,
  text: string,
  labels: string[]
): Highlight | undefined {
  const candidates = (threads.repliesByParent.get(message.id) ?? []).filter(
    (reply) => reply.fromUserId !== message.fromUserId && !NOT_AN_ANSWER.test(plainText(reply.bodyContent))
  );
  if (candidates.length === 0 || unitHash('accept', message.id) >= 0.6) {
    return undefined;
  }
  const best = [...candidates].sort(
    (a, b) => linkScore(b) - linkScore(a) || compareText(a.createdDateTime, b.createdDateTime)
  )[0];
  const { group, channel } = threads;
  return {
    created: threads.curatedAt(best),
    curatorId: message.fromUserId,
    values: {
      Title: excerpt(text),
      Kind: 'AcceptedAnswer',
      ...threads.common,
      MessageId: message.id,
      ReplyId: best.id,
      ContributorId: best.fromUserId,
      ContributorName: threads.displayNames.get(best.fromUserId) ?? null,
      CuratorId: message.fromUserId,
      Topics: labels,
      WebUrl: teamsMessageUrl(group.id, group.displayName, channel, best.id, message.id, best.createdDateTime)
    }
  };
}

/** A well-received post (reactions, attachments, replies), curated by one of the group's owners. */
function learningResource(
  threads: GroupThreads,
  message: SeedMessage,
  text: string,
  labels: string[],
  owners: readonly string[]
): Highlight | undefined {
  const strength =
    jsonLength(message.reactions) +
    2 * jsonLength(message.attachments) +
    (threads.repliesByParent.get(message.id)?.length ?? 0);
  if (strength < 3 || owners.length === 0) {
    return undefined;
  }
  const curatorId = owners[Math.floor(unitHash('curator', message.id) * owners.length)];
  const { group, channel } = threads;
  return {
    created: threads.curatedAt(message),
    curatorId,
    values: {
      Title: excerpt(message.subject ? `${message.subject}: ${text}` : text),
      Kind: 'LearningResource',
      ...threads.common,
      MessageId: message.id,
      ReplyId: null,
      ContributorId: message.fromUserId,
      ContributorName: threads.displayNames.get(message.fromUserId) ?? null,
      CuratorId: curatorId,
      Topics: labels,
      WebUrl: teamsMessageUrl(group.id, group.displayName, channel, message.id, message.id, message.createdDateTime)
    }
  };
}

function groupThreads(
  group: SeedGroup,
  channel: SeedChannel,
  messages: readonly SeedMessage[],
  displayNames: ReadonlyMap<string, string>
): GroupThreads {
  const repliesByParent = new Map<string, SeedMessage[]>();
  for (const message of messages) {
    if (message.replyToId) {
      repliesByParent.set(message.replyToId, [...(repliesByParent.get(message.replyToId) ?? []), message]);
    }
  }
  const latest = messages.reduce((max, message) => Math.max(max, Date.parse(message.createdDateTime)), 0);
  const curatedAt = (message: SeedMessage): string =>
    isoSeconds(
      Math.min(
        latest,
        Date.parse(message.createdDateTime) + Math.floor(unitHash('curated', message.id) * 72) * 3_600_000
      )
    );
  return {
    group,
    channel,
    repliesByParent,
    displayNames,
    common: { GroupId: group.id, TeamId: group.id, ChannelId: channel.id },
    curatedAt
  };
}

/**
 * A group's accepted answers and learning resources over the seeded year, newest first per kind: every one, so the
 * evidence of who answers what builds up over time as it does in a tenant (about 1,100 items in all).
 */
export function groupHighlights(
  source: SeedSource,
  group: SeedGroup,
  definition: InterestGroupDefinition,
  displayNames: ReadonlyMap<string, string>
): Highlight[] {
  const channel = source.generalChannel(group.id);
  if (!channel) {
    return [];
  }
  const messages = source.messages(channel.id);
  const owners = source.owners(group.id);
  const threads = groupThreads(group, channel, messages, displayNames);
  const groupTerms = catalogueTerms(definition);
  const answers: Highlight[] = [];
  const resources: Highlight[] = [];
  for (const message of messages.filter((candidate) => !candidate.replyToId)) {
    const text = plainText(message.bodyContent);
    const labels = topicLabels(messageTopics(`${message.subject ?? ''} ${text}`, groupTerms));
    const highlight = text.includes('?')
      ? acceptedAnswer(threads, message, text, labels)
      : learningResource(threads, message, text, labels, owners);
    if (highlight) {
      (text.includes('?') ? answers : resources).push(highlight);
    }
  }
  const newest = (a: Highlight, b: Highlight): number =>
    compareText(b.created, a.created) || compareText(String(a.values.MessageId), String(b.values.MessageId));
  return [...answers.sort(newest), ...resources.sort(newest)];
}
