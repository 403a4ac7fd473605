import { createHash } from 'crypto';
import { accountNameFor, type PersonDocument } from './peopleIndex';
import type { Refiner } from './refiners';
import type { SearchRequest } from './searchRequest';

export interface KeyValue {
  Key: string;
  Value: string | null;
  ValueType: string;
}

/** Managed properties a people result carries when the request names none, in SharePoint Online's order. */
export const DEFAULT_PEOPLE_PROPERTIES: readonly string[] = [
  'Rank',
  'DocId',
  'AccountName',
  'PreferredName',
  'FirstName',
  'LastName',
  'JobTitle',
  'Department',
  'WorkEmail',
  'WorkPhone',
  'MobilePhone',
  'OfficeNumber',
  'PictureURL',
  'Path',
  'AboutMe',
  'Skills',
  'Interests',
  'Responsibilities',
  'PastProjects',
  'Schools',
  'SipAddress',
  'UserProfile_GUID',
  'AADObjectID',
  'EditProfileUrl',
  'ResultTypeId',
  'RenderTemplateId',
  'PartitionId',
  'UrlZone',
  'Culture'
];

const ALWAYS_RETURNED = ['Rank', 'DocId'];
const TRAILING = ['RenderTemplateId', 'PartitionId', 'UrlZone', 'Culture'];

const TENANT_PARTITION_ID = '6d3c5a9f-2b71-4e58-9a0c-1f4e8b2d7c63';

function guidFrom(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function docId(document: PersonDocument): string {
  const hex = createHash('md5').update(document.id).digest('hex').slice(0, 10);
  return String(17592186044416 + parseInt(hex, 16));
}

export interface CellContext {
  origin: string;
  rank: number;
}

type CellBuilder = (document: PersonDocument, context: CellContext) => [value: string | null, type?: string];

function multiValue(document: PersonDocument, name: string): string | null {
  const values = document.values.get(name) ?? [];
  return values.length > 0 ? values.join(';') : null;
}

const profileList =
  (name: string): CellBuilder =>
  (document) => [multiValue(document, name)];

/** Properties whose cell is not simply the person's first value of that name. */
const CELLS: Readonly<Record<string, CellBuilder>> = {
  rank: (_document, context) => [(context.rank + 1).toFixed(10), 'Edm.Double'],
  docid: (document) => [docId(document), 'Edm.Int64'],
  skills: profileList('skills'),
  interests: profileList('interests'),
  responsibilities: profileList('responsibilities'),
  pastprojects: profileList('pastprojects'),
  schools: profileList('schools'),
  'sps-responsibility': profileList('responsibilities'),
  pictureurl: (document, context) => [
    document.hasPhoto
      ? `${context.origin}/User%20Photos/Profile%20Pictures/${document.userPrincipalName.toLowerCase().replace(/[@.]/g, '_')}_MThumb.jpg`
      : null
  ],
  path: (document, context) => [
    `${context.origin}/person.aspx?accountname=${encodeURIComponent(accountNameFor(document.userPrincipalName))}`
  ],
  editprofileurl: (_document, context) => [`${context.origin}/_layouts/15/editprofile.aspx`],
  userprofile_guid: (document) => [guidFrom(`profile:${document.id}`)],
  resulttypeid: () => ['1', 'Edm.Int32'],
  rendertemplateid: () => ['~sitecollection/_catalogs/masterpage/Display Templates/Search/Item_Person.js'],
  partitionid: () => [TENANT_PARTITION_ID, 'Edm.Guid'],
  urlzone: () => ['0', 'Edm.Int32'],
  culture: () => ['nl-NL'],
  title: (document) => [document.values.get('preferredname')?.[0] ?? null]
};

/** The value and type of one managed property of a person, as SharePoint serialises search cells (strings). */
export function personCell(document: PersonDocument, property: string, context: CellContext): KeyValue {
  const key = property.toLowerCase();
  const build = CELLS[key];
  const [value, type = 'Edm.String'] = build ? build(document, context) : [document.values.get(key)?.[0] ?? null];
  return { Key: property, Value: value, ValueType: value === null ? 'Null' : type };
}

/** Which cells a row carries: the requested properties (plus Rank and DocId), or the source's defaults. */
export function cellProperties(
  selectProperties: readonly string[],
  defaults: readonly string[] = DEFAULT_PEOPLE_PROPERTIES
): string[] {
  if (selectProperties.length === 0) {
    return [...defaults];
  }
  const names = [...ALWAYS_RETURNED];
  for (const name of [...selectProperties, ...TRAILING]) {
    if (!names.some((existing) => existing.toLowerCase() === name.toLowerCase())) {
      names.push(name);
    }
  }
  return names;
}

export interface SearchOutcome {
  request: SearchRequest;
  rows: KeyValue[][];
  totalRows: number;
  refiners: Refiner[] | undefined;
  elapsedMs: number;
  queryId: string;
}
