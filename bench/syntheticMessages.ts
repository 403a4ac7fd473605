/**
 * Channel-message pages for the scroll bench, shaped as Graph's chatMessage JSON (as the emulator renders it):
 * an html body of a paragraph or two, a mention in some posts, a file in a few, 0–3 replies, reactions. Every
 * channel's threads interleave with the other channels' in time, so the merged feed mixes them as it would.
 */
import type { BenchPerson } from './feedBenchSetup';

const TENANT_ID = '8f3c2e1a-4b5d-4c6e-9f70-1a2b3c4d5e6f';
const START = Date.parse('2026-12-01T12:00:00.000Z');
/** Minutes between consecutive threads of the merged feed. */
const THREAD_SPACING_MS = 7 * 60_000;

const SENTENCES = [
  'Wie heeft ervaring met peer feedback in grote groepen?',
  'We hebben vorige week een pilot gedraaid met formatief toetsen in het eerste jaar.',
  'De resultaten waren beter dan verwacht, vooral bij de opdrachten met een rubric.',
  'Is er een handreiking voor het gebruik van AI-tools bij het schrijven van verslagen?',
  'Op de studiedag van donderdag presenteren we de eerste bevindingen.',
  'Ik zoek collega’s die mee willen denken over een nieuwe opzet voor de stageweek.',
  'De slides van de sessie staan in de bestanden van het kanaal.',
  'Graag jullie reactie voor vrijdag, dan kan ik het meenemen naar het opleidingsoverleg.',
  'Dank voor het delen! Dit gaan we volgend blok ook proberen.',
  'Heeft iemand een goed voorbeeld van een toetsmatrijs voor een projectvak?'
];
const REACTIONS = ['like', 'heart', 'laugh', 'surprised', 'like', 'like'];

export interface SyntheticChannel {
  groupId: string;
  channelId: string;
}

export interface SyntheticPageRequest {
  channel: SyntheticChannel;
  /** Index of the first thread of the page in the channel (0 for the first page). */
  offset: number;
  top: number;
  expandReplies: boolean;
}

export interface SyntheticFeed {
  channels: readonly SyntheticChannel[];
  threadsPerChannel: number;
  people: readonly BenchPerson[];
  /** Where `@odata.nextLink`s point (the Graph base URL the page uses, `…/v1.0`). */
  graphBaseUrl: string;
  /** `$top` of the pages a nextLink asks for. */
  nextTop: number;
}

/** A small deterministic generator, so every run renders the same feed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

function identity(person: BenchPerson, withName: boolean): Record<string, unknown> {
  return {
    application: null,
    device: null,
    user: {
      '@odata.type': '#microsoft.graph.teamworkUserIdentity',
      id: person.id,
      displayName: withName ? person.displayName : null,
      userIdentityType: 'aadUser',
      tenantId: TENANT_ID
    }
  };
}

interface MessageParts {
  id: string;
  replyToId: string | null;
  created: number;
  author: BenchPerson;
  html: string;
  subject: string | null;
  mentions: unknown[];
  attachments: unknown[];
  reactions: unknown[];
}

function message(channel: SyntheticChannel, parts: MessageParts): Record<string, unknown> {
  const created = new Date(parts.created).toISOString();
  return {
    id: parts.id,
    replyToId: parts.replyToId,
    etag: parts.id,
    messageType: 'message',
    createdDateTime: created,
    lastModifiedDateTime: created,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: parts.subject,
    summary: null,
    chatId: null,
    importance: 'normal',
    locale: 'en-us',
    webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(channel.channelId)}/${parts.id}?groupId=${channel.groupId}&tenantId=${TENANT_ID}&parentMessageId=${parts.replyToId ?? parts.id}`,
    policyViolation: null,
    eventDetail: null,
    from: identity(parts.author, true),
    body: { contentType: 'html', content: parts.html },
    channelIdentity: { teamId: channel.groupId, channelId: channel.channelId },
    attachments: parts.attachments,
    mentions: parts.mentions,
    reactions: parts.reactions,
    messageHistory: []
  };
}

function paragraphs(next: () => number, count: number): string {
  const paragraph = (): string =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join(
      ' '
    );
  return Array.from({ length: count }, () => `<p>${paragraph()}</p>`).join('');
}

function reactionsOf(next: () => number, feed: SyntheticFeed, created: number): unknown[] {
  return Array.from({ length: Math.floor(next() * 5) }, (_, index) => ({
    reactionType: REACTIONS[Math.floor(next() * REACTIONS.length)],
    displayName: null,
    reactionContentUrl: null,
    createdDateTime: new Date(created + (index + 1) * 30_000).toISOString(),
    user: identity(feed.people[Math.floor(next() * feed.people.length)], false)
  }));
}

function post(feed: SyntheticFeed, channelIndex: number, thread: number, expandReplies: boolean): unknown {
  const channel = feed.channels[channelIndex];
  const order = thread * feed.channels.length + channelIndex;
  const next = random(order * 7919 + 17);
  const created = START - order * THREAD_SPACING_MS;
  const id = String(created + channelIndex);
  const author = feed.people[Math.floor(next() * feed.people.length)];
  const mentioned = feed.people[Math.floor(next() * feed.people.length)];
  const mentions = next() < 0.25;
  const file = next() < 0.1;
  const html =
    (mentions ? `<p><at id="0">${mentioned.displayName}</at>, kun jij hier iets over zeggen?</p>` : '') +
    paragraphs(next, 1 + Math.floor(next() * 2)) +
    (file ? `<attachment id="${id}a"></attachment>` : '');
  const replies = Array.from({ length: Math.floor(next() * 4) }, (_, index) =>
    message(channel, {
      id: String(created + (index + 1) * 60_000 + channelIndex),
      replyToId: id,
      created: created + (index + 1) * 60_000,
      author: feed.people[Math.floor(next() * feed.people.length)],
      html: paragraphs(next, 1),
      subject: null,
      mentions: [],
      attachments: [],
      reactions: reactionsOf(next, feed, created + (index + 1) * 60_000)
    })
  ).reverse();
  const root = message(channel, {
    id,
    replyToId: null,
    created,
    author,
    html,
    subject: next() < 0.3 ? SENTENCES[Math.floor(next() * SENTENCES.length)].replace(/[?.!]$/, '') : null,
    mentions: mentions ? [{ id: 0, mentionText: mentioned.displayName, mentioned: identity(mentioned, true) }] : [],
    attachments: file
      ? [
          {
            id: `${id}a`,
            contentType: 'reference',
            contentUrl: `https://hogeschool.sharepoint.com/sites/ig/Gedeelde documenten/verslag-${id}.docx`,
            content: null,
            name: `verslag-${id}.docx`,
            thumbnailUrl: null,
            teamsAppId: null
          }
        ]
      : [],
    reactions: reactionsOf(next, feed, created)
  });
  return expandReplies ? { ...root, 'replies@odata.context': '', replies } : root;
}

function messagesUrl(feed: SyntheticFeed, channel: SyntheticChannel): string {
  return `${feed.graphBaseUrl}/teams/${channel.groupId}/channels/${encodeURIComponent(channel.channelId)}/messages`;
}

/** A page of a channel's threads, newest activity first, with a nextLink while threads remain. */
export function syntheticPage(feed: SyntheticFeed, request: SyntheticPageRequest): Record<string, unknown> {
  const channelIndex = feed.channels.findIndex((channel) => channel.channelId === request.channel.channelId);
  const end = Math.min(feed.threadsPerChannel, request.offset + request.top);
  const value = Array.from({ length: Math.max(0, end - request.offset) }, (_, index) =>
    post(feed, channelIndex, request.offset + index, request.expandReplies)
  );
  const base = messagesUrl(feed, request.channel);
  const expand = request.expandReplies ? '&$expand=replies' : '';
  return {
    '@odata.context': `${base.replace(/\/teams\/.*/, '')}/$metadata#teams('${request.channel.groupId}')/channels('${encodeURIComponent(request.channel.channelId)}')/messages`,
    ...(end < feed.threadsPerChannel
      ? {
          '@odata.nextLink': `${base}?$top=${feed.nextTop}${expand}&$skiptoken=${Buffer.from(String(end)).toString('base64url')}`
        }
      : {}),
    value
  };
}

/** The channel page a Graph URL (absolute or relative to `/v1.0`) asks for; undefined when it is not one. */
export function parsePageRequest(feed: SyntheticFeed, url: string): SyntheticPageRequest | undefined {
  const parsed = new URL(url, `${feed.graphBaseUrl}/`);
  const match = /\/teams\/([^/]+)\/channels\/([^/]+)\/messages\/?$/.exec(parsed.pathname);
  if (!match) {
    return undefined;
  }
  const channelId = decodeURIComponent(match[2]);
  const channel = feed.channels.find((candidate) => candidate.channelId === channelId);
  if (!channel) {
    return undefined;
  }
  const token = parsed.searchParams.get('$skiptoken');
  return {
    channel,
    offset: token ? Number(Buffer.from(token, 'base64url').toString()) : 0,
    top: Number(parsed.searchParams.get('$top') ?? '20'),
    expandReplies: parsed.searchParams.get('$expand') === 'replies'
  };
}
