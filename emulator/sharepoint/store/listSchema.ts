import { readFileSync } from 'fs';
import { resolve } from 'path';

/** Field types of the provisioning template that the emulator stores and filters. */
export type FieldType =
  'Counter' | 'Text' | 'Note' | 'Boolean' | 'Number' | 'Integer' | 'DateTime' | 'Choice' | 'MultiChoice';

export interface FieldSchema {
  name: string;
  /** The display name (`DisplayName` in the template); the internal name when there is none. */
  title?: string;
  /** The field's GUID from the template (built-in fields have none here). */
  id?: string;
  description?: string;
  type: FieldType;
  required: boolean;
  /** Built-in fields are set by the server; a client cannot write them. */
  readOnly: boolean;
  choices: readonly string[];
  fillInChoice: boolean;
  maxLength?: number;
}

export interface ListSchema {
  id: string;
  title: string;
  description: string;
  /** Site-relative URL, e.g. `Lists/KringHighlights`. */
  url: string;
  /** `SP.Data.KringHighlightsListItem`, as SharePoint derives it from the list's URL name. */
  entityTypeName: string;
  fields: readonly FieldSchema[];
  /** SharePoint's list template: 100 for a custom list (the default), 101 for a document library, 119 for site pages. */
  baseTemplate?: number;
}

export const LIST_TEMPLATE_PATH = resolve(__dirname, '../../../sharepoint/assets/kring-lists.xml');

export const BUILT_IN_FIELDS: readonly FieldSchema[] = [
  builtIn('Id', 'Counter'),
  builtIn('ID', 'Counter'),
  { ...builtIn('Title', 'Text'), readOnly: false, maxLength: 255 },
  builtIn('Created', 'DateTime'),
  builtIn('Modified', 'DateTime'),
  builtIn('AuthorId', 'Integer'),
  builtIn('EditorId', 'Integer'),
  builtIn('GUID', 'Text'),
  builtIn('ContentTypeId', 'Text'),
  builtIn('FileSystemObjectType', 'Integer'),
  builtIn('OData__UIVersionString', 'Text'),
  builtIn('Attachments', 'Boolean')
];

function builtIn(name: string, type: FieldType): FieldSchema {
  return { name, type, required: false, readOnly: true, choices: [], fillInChoice: false };
}

function attributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of tag.matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)) {
    result.set(match[1], decodeXml(match[2]));
  }
  return result;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const FIELD_TYPES: ReadonlySet<string> = new Set([
  'Text',
  'Note',
  'Boolean',
  'Number',
  'Integer',
  'DateTime',
  'Choice',
  'MultiChoice'
]);

function parseField(element: string): FieldSchema {
  const openTag = /^<Field\b[^>]*>/.exec(element)?.[0] ?? element;
  const attrs = attributes(openTag);
  const name = attrs.get('StaticName') ?? attrs.get('Name');
  const type = attrs.get('Type') ?? '';
  if (!name || !FIELD_TYPES.has(type)) {
    throw new Error(`Unsupported field in ${LIST_TEMPLATE_PATH}: ${openTag}`);
  }
  const choices = [...element.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/g)].map((m) => decodeXml(m[1]));
  const maxLength = attrs.get('MaxLength');
  return {
    name,
    title: attrs.get('DisplayName') ?? name,
    id: attrs.get('ID')?.replace(/[{}]/g, '').toLowerCase(),
    description: attrs.get('Description'),
    type: type as FieldType,
    required: attrs.get('Required')?.toUpperCase() === 'TRUE',
    readOnly: false,
    choices,
    fillInChoice: attrs.get('FillInChoice')?.toUpperCase() === 'TRUE',
    maxLength: maxLength === undefined ? (type === 'Text' ? 255 : undefined) : Number(maxLength)
  };
}

/** SharePoint's entity type name: the URL name with `_x0020_` for spaces, then `ListItem`. */
export function entityTypeNameFor(url: string): string {
  const urlName = url.split('/').pop() ?? url;
  return `SP.Data.${urlName.replace(/ /g, '_x0020_')}ListItem`;
}

/** Reads the list definitions from a PnP provisioning template. */
export function parseListTemplate(xml: string): ListSchema[] {
  const lists: ListSchema[] = [];
  for (const match of xml.matchAll(/<pnp:ListInstance\b([^>]*)>([\s\S]*?)<\/pnp:ListInstance>/g)) {
    const attrs = attributes(match[1]);
    const title = attrs.get('Title');
    const url = attrs.get('Url');
    const id = attrs.get('ID')?.replace(/[{}]/g, '').toLowerCase();
    if (!title || !url || !id) {
      throw new Error(`A ListInstance in ${LIST_TEMPLATE_PATH} lacks Title, Url or ID.`);
    }
    const fields = [...match[2].matchAll(/<Field\b[^>]*?(?:\/>|>[\s\S]*?<\/Field>)/g)].map((m) => parseField(m[0]));
    lists.push({
      id,
      title,
      description: attrs.get('Description') ?? '',
      url,
      entityTypeName: entityTypeNameFor(url),
      fields: [...BUILT_IN_FIELDS, ...fields]
    });
  }
  return lists;
}

let cached: { mtimeKey: string; lists: ListSchema[] } | undefined;

/** The lists of sharepoint/assets/kring-lists.xml, read from disk (re-read when the file changes). */
export function loadListSchemas(): ListSchema[] {
  const xml = readFileSync(LIST_TEMPLATE_PATH, 'utf8');
  if (cached && cached.mtimeKey === xml) {
    return cached.lists;
  }
  cached = { mtimeKey: xml, lists: parseListTemplate(xml) };
  return cached.lists;
}

export function findField(list: ListSchema, name: string): FieldSchema | undefined {
  return (
    list.fields.find((field) => field.name === name) ??
    list.fields.find((field) => field.name.toLowerCase() === name.toLowerCase())
  );
}
