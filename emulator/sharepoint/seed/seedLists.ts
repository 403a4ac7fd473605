import { createHash } from 'crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { ChannelRow as StoredChannelRow, MessageRow as StoredMessageRow } from '../../store/rows';
import { INTEREST_GROUPS, type InterestGroupDefinition } from '../../seed/interestGroupCatalog';
import { SKILL_VOCABULARY, normaliseSkill, type SkillTerm } from '../../../src/model/skillVocabulary';
import { loadListSchemas, type ListSchema } from '../store/listSchema';
import { insertItem, recreateLists, siteUserIdFor, type FieldValue } from '../store/listStore';

type Database = BetterSqlite3.Database;

export const INTEREST_GROUPS_LIST = 'Kring Interest Groups';
export const HIGHLIGHTS_LIST = 'Kring Highlights';

/** At most this many highlights of each kind per group, so the list holds a few hundred items. */
const MAX_ACCEPTED_ANSWERS_PER_GROUP = 8;
const MAX_LEARNING_RESOURCES_PER_GROUP = 4;

interface GroupRow {
  id: string;
  displayName: string;
  createdDateTime: string;
}

type ChannelRow = Pick<StoredChannelRow, 'id' | 'displayName'>;

type MessageRow = Pick<
  StoredMessageRow,
  'id' | 'teamId' | 'channelId' | 'replyToId' | 'fromUserId' | 'subject' | 'bodyContent' | 'createdDateTime' | 'attachments' | 'reactions'
>;

/** A number in [0, 1) from a string: deterministic choices without a random generator. */
function unitHash(...parts: string[]): number {
  return parseInt(createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 8), 16) / 0x100000000;
}

export function plainText(html: string): string {
  return html
    .replace(/<at [^>]*>(.*?)<\/at>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
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

/** Words shorter than this ("ai", "slb", "emi") are too ambiguous to tag a message with. */
const MIN_TOPIC_WORD_LENGTH = 4;

function spacedWords(value: string): string {
  return normaliseSkill(value).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const TOPIC_NEEDLES: readonly { term: SkillTerm; needles: string[] }[] = SKILL_VOCABULARY.map((term) => ({
  term,
  needles: [term.en, term.nl, ...term.synonyms]
    .map(spacedWords)
    .filter((needle) => needle.length >= MIN_TOPIC_WORD_LENGTH)
    .map((needle) => ` ${needle} `)
}));

/** Vocabulary concepts whose label (either language) or synonym occurs in the text. */
export function topicsInText(text: string): SkillTerm[] {
  const haystack = ` ${spacedWords(text)} `;
  return TOPIC_NEEDLES.filter(({ needles }) => needles.some((needle) => haystack.includes(needle))).map(({ term }) => term);
}

/** A message's topics: those it mentions that the group is about, else any it mentions, else the group's first. */
export function messageTopics(text: string, groupTerms: readonly SkillTerm[]): SkillTerm[] {
  const mentioned = topicsInText(text);
  const onTopic = mentioned.filter((term) => groupTerms.includes(term));
  if (onTopic.length > 0) return onTopic;
  if (mentioned.length > 0) return mentioned;
  return groupTerms.slice(0, 1);
}

function topicLabels(terms: readonly SkillTerm[]): string[] {
  return [...new Set(terms.map((term) => term.nl))];
}

function catalogueTerms(definition: InterestGroupDefinition): SkillTerm[] {
  return definition.topics.map((id) => SKILL_VOCABULARY.find((term) => term.id === id)).filter((term): term is SkillTerm => term !== undefined);
}

/** Teams' deep link to a channel message (or a reply, with its parent). */
export function teamsMessageUrl(groupId: string, teamName: string, channel: ChannelRow, messageId: string, parentId: string, createdDateTime: string): string {
  const params = new URLSearchParams({
    groupId,
    parentMessageId: parentId,
    teamName,
    channelName: channel.displayName,
    createdTime: String(Date.parse(createdDateTime))
  });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(channel.id)}/${messageId}?${params.toString()}`;
}

function schemaByTitle(schemas: readonly ListSchema[], title: string): ListSchema {
  const schema = schemas.find((candidate) => candidate.title === title);
  if (!schema) {
    throw new Error(`The provisioning template has no list called '${title}'.`);
  }
  return schema;
}

/** Code-unit order: independent of the machine's locale, so the seed is the same everywhere. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isoSeconds(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const NOT_AN_ANSWER = /^(dank|thanks|thank you|herkenbaar|same here|\+1)/i;

interface Highlight {
  created: string;
  curatorId: string;
  values: Record<string, FieldValue>;
}

function groupHighlights(db: Database, group: GroupRow, definition: InterestGroupDefinition, displayNames: Map<string, string>): Highlight[] {
  const channel = db.prepare('SELECT id, displayName FROM channels WHERE teamId = ? AND isPrimary = 1').get(group.id) as ChannelRow | undefined;
  if (!channel) {
    return [];
  }
  const messages = db
    .prepare(
      `SELECT id, teamId, channelId, replyToId, fromUserId, subject, bodyContent, createdDateTime, attachments, reactions
       FROM messages WHERE channelId = ? AND deletedDateTime IS NULL ORDER BY createdDateTime, id`
    )
    .all(channel.id) as MessageRow[];
  const owners = (db.prepare("SELECT userId FROM group_members WHERE groupId = ? AND role = 'owner' ORDER BY userId").all(group.id) as { userId: string }[]).map((row) => row.userId);
  const repliesByParent = new Map<string, MessageRow[]>();
  for (const message of messages) {
    if (message.replyToId) {
      const list = repliesByParent.get(message.replyToId) ?? [];
      list.push(message);
      repliesByParent.set(message.replyToId, list);
    }
  }
  const groupTerms = catalogueTerms(definition);
  const common = { GroupId: group.id, TeamId: group.id, ChannelId: channel.id };
  const latest = messages.reduce((max, message) => Math.max(max, Date.parse(message.createdDateTime)), 0);
  const curatedAt = (message: MessageRow): string => isoSeconds(Math.min(latest, Date.parse(message.createdDateTime) + Math.floor(unitHash('curated', message.id) * 72) * 3_600_000));

  const answers: Highlight[] = [];
  const resources: Highlight[] = [];
  for (const message of messages) {
    if (message.replyToId) {
      continue;
    }
    const text = plainText(message.bodyContent);
    const labels = topicLabels(messageTopics(`${message.subject ?? ''} ${text}`, groupTerms));
    if (text.includes('?')) {
      const candidates = (repliesByParent.get(message.id) ?? []).filter((reply) => reply.fromUserId !== message.fromUserId && !NOT_AN_ANSWER.test(plainText(reply.bodyContent)));
      if (candidates.length === 0 || unitHash('accept', message.id) >= 0.6) {
        continue;
      }
      const best = [...candidates].sort(
        (a, b) =>
          jsonLength(b.reactions) + (b.bodyContent.includes('<a ') ? 2 : 0) - (jsonLength(a.reactions) + (a.bodyContent.includes('<a ') ? 2 : 0)) ||
          compareText(a.createdDateTime, b.createdDateTime)
      )[0];
      answers.push({
        created: curatedAt(best),
        curatorId: message.fromUserId,
        values: {
          Title: excerpt(text),
          Kind: 'AcceptedAnswer',
          ...common,
          MessageId: message.id,
          ReplyId: best.id,
          ContributorId: best.fromUserId,
          ContributorName: displayNames.get(best.fromUserId) ?? null,
          CuratorId: message.fromUserId,
          Topics: labels,
          WebUrl: teamsMessageUrl(group.id, group.displayName, channel, best.id, message.id, best.createdDateTime)
        }
      });
    } else {
      const strength = jsonLength(message.reactions) + 2 * jsonLength(message.attachments) + (repliesByParent.get(message.id)?.length ?? 0);
      if (strength < 3 || owners.length === 0) {
        continue;
      }
      const curatorId = owners[Math.floor(unitHash('curator', message.id) * owners.length)];
      resources.push({
        created: curatedAt(message),
        curatorId,
        values: {
          Title: excerpt(message.subject ? `${message.subject}: ${text}` : text),
          Kind: 'LearningResource',
          ...common,
          MessageId: message.id,
          ReplyId: null,
          ContributorId: message.fromUserId,
          ContributorName: displayNames.get(message.fromUserId) ?? null,
          CuratorId: curatorId,
          Topics: labels,
          WebUrl: teamsMessageUrl(group.id, group.displayName, channel, message.id, message.id, message.createdDateTime)
        }
      });
    }
  }
  const newest = (a: Highlight, b: Highlight): number => compareText(b.created, a.created) || compareText(String(a.values.MessageId), String(b.values.MessageId));
  return [...answers.sort(newest).slice(0, MAX_ACCEPTED_ANSWERS_PER_GROUP), ...resources.sort(newest).slice(0, MAX_LEARNING_RESOURCES_PER_GROUP)];
}

/**
 * Fills the registry (one item per interest group of the catalogue that exists in Graph) and the highlights
 * (accepted answers to questions, and well-received posts as learning resources), oldest first, so item ids
 * follow the order people curated them in.
 */
export function seedLists(db: Database): void {
  const schemas = loadListSchemas();
  const registry = schemaByTitle(schemas, INTEREST_GROUPS_LIST);
  const highlights = schemaByTitle(schemas, HIGHLIGHTS_LIST);
  const groups = db.prepare('SELECT id, displayName, createdDateTime FROM groups ORDER BY displayName').all() as GroupRow[];
  const groupsByName = new Map(groups.map((group) => [group.displayName, group]));
  const displayNames = new Map((db.prepare('SELECT id, displayName FROM users').all() as { id: string; displayName: string }[]).map((row) => [row.id, row.displayName]));
  const siteCreated = groups.reduce((min, group) => (group.createdDateTime < min ? group.createdDateTime : min), isoSeconds(Date.now()));

  db.transaction(() => {
    recreateLists(db, schemas, isoSeconds(Date.parse(siteCreated)));
    const allHighlights: Highlight[] = [];
    for (const definition of INTEREST_GROUPS) {
      const group = groupsByName.get(definition.displayName);
      if (!group) {
        continue;
      }
      const owner = db.prepare("SELECT userId FROM group_members WHERE groupId = ? AND role = 'owner' ORDER BY userId LIMIT 1").get(group.id) as { userId: string } | undefined;
      insertItem(db, registry.id, {
        values: {
          Title: group.displayName,
          GroupId: group.id,
          JobFunctions: [...definition.jobFunctions],
          Topics: topicLabels(catalogueTerms(definition)),
          Featured: definition.featured
        },
        authorId: siteUserIdFor(db, owner?.userId ?? group.id),
        created: isoSeconds(Date.parse(group.createdDateTime))
      });
      allHighlights.push(...groupHighlights(db, group, definition, displayNames));
    }
    allHighlights.sort((a, b) => compareText(a.created, b.created) || compareText(String(a.values.MessageId), String(b.values.MessageId)));
    for (const highlight of allHighlights) {
      insertItem(db, highlights.id, { values: highlight.values, authorId: siteUserIdFor(db, highlight.curatorId), created: highlight.created });
    }
  })();
}
