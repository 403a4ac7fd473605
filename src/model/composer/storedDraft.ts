import type { Block, Draft, DraftAttachment, InlineRun, PendingSend, SendFailure } from './Draft';

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const optionalString = (value: unknown): boolean => value === undefined || isString(value);
const optionalBoolean = (value: unknown): boolean => value === undefined || typeof value === 'boolean';
const isIsoTime = (value: unknown): value is string => isString(value) && !Number.isNaN(Date.parse(value));

function isRun(value: unknown): value is InlineRun {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'text':
      return isString(value.text) && optionalBoolean(value.bold) && optionalBoolean(value.italic);
    case 'link':
      return (
        isString(value.text) && isString(value.href) && optionalBoolean(value.bold) && optionalBoolean(value.italic)
      );
    case 'mention':
      return isRecord(value.person) && isString(value.person.id) && isString(value.person.displayName);
    case 'lineBreak':
      return true;
    default:
      return false;
  }
}

const isRuns = (value: unknown): value is InlineRun[] => Array.isArray(value) && value.every(isRun);

function isBlock(value: unknown): value is Block {
  if (!isRecord(value)) return false;
  if (value.kind === 'paragraph') return isRuns(value.runs);
  return (
    value.kind === 'list' &&
    typeof value.ordered === 'boolean' &&
    Array.isArray(value.items) &&
    value.items.every(isRuns)
  );
}

const isAttachment = (value: unknown): value is DraftAttachment =>
  isRecord(value) && isString(value.id) && isString(value.name) && isString(value.url);

const isPending = (value: unknown): value is PendingSend =>
  isRecord(value) &&
  isString(value.sendId) &&
  isIsoTime(value.startedAt) &&
  isString(value.html) &&
  Array.isArray(value.skipIds) &&
  value.skipIds.every(isString);

const isFailure = (value: unknown): value is SendFailure =>
  isRecord(value) && isString(value.kind) && isString(value.message) && isIsoTime(value.at);

/** A draft read back from storage, or undefined when what is stored is not one (edited by hand, an old shape). */
export function parseStoredDraft(json: string | null): Draft | undefined {
  let value: unknown;
  try {
    value = json === null ? undefined : JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isRecord(value.target) || !isRecord(value.content)) return undefined;
  const { target, content } = value;
  const valid =
    isString(target.groupId) &&
    isString(target.channelId) &&
    optionalString(target.replyToId) &&
    optionalString(value.subject) &&
    Array.isArray(content.blocks) &&
    content.blocks.every(isBlock) &&
    Array.isArray(value.attachments) &&
    value.attachments.every(isAttachment) &&
    isIsoTime(value.updated) &&
    (value.pending === undefined || isPending(value.pending)) &&
    (value.failure === undefined || isFailure(value.failure));
  return valid ? (value as unknown as Draft) : undefined;
}
