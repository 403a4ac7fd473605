import { createHash } from 'crypto';
import type { ResponseFormat } from '../http/responseFormat';
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

const profileList = (name: string): CellBuilder => (document) => [multiValue(document, name)];

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
    document.hasPhoto ? `${context.origin}/User%20Photos/Profile%20Pictures/${document.userPrincipalName.toLowerCase().replace(/[@.]/g, '_')}_MThumb.jpg` : null
  ],
  path: (document, context) => [`${context.origin}/person.aspx?accountname=${encodeURIComponent(accountNameFor(document.userPrincipalName))}`],
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

/** Which cells a row carries: the requested properties (plus Rank and DocId), or the people defaults. */
export function cellProperties(selectProperties: readonly string[]): string[] {
  if (selectProperties.length === 0) {
    return [...DEFAULT_PEOPLE_PROPERTIES];
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

function dotNetBoolean(value: boolean): string {
  return value ? 'True' : 'False';
}

function keyValue(key: string, value: string | null, type: string): KeyValue {
  return { Key: key, Value: value, ValueType: value === null ? 'Null' : type };
}

function refinementResults(outcome: SearchOutcome): Record<string, unknown> | null {
  if (!outcome.refiners) {
    return null;
  }
  return {
    GroupTemplateId: null,
    ItemTemplateId: null,
    Properties: null,
    Refiners: outcome.refiners.map((refiner) => ({
      Entries: refiner.entries.map((entry) => ({
        RefinementCount: String(entry.count),
        RefinementName: entry.name,
        RefinementToken: entry.token,
        RefinementValue: entry.name
      })),
      Name: refiner.name
    })),
    ResultTitle: null,
    ResultTitleUrl: null
  };
}

/** The SearchResult object in JSON light (nometadata/minimalmetadata) form. */
function lightResult(outcome: SearchOutcome): Record<string, unknown> {
  const { request } = outcome;
  return {
    ElapsedTime: outcome.elapsedMs,
    PrimaryQueryResult: {
      CustomResults: [],
      QueryId: outcome.queryId,
      QueryRuleId: '00000000-0000-0000-0000-000000000000',
      RefinementResults: refinementResults(outcome),
      RelevantResults: {
        GroupTemplateId: null,
        ItemTemplateId: null,
        Properties: [
          keyValue('GenerationId', '9223372036854775806', 'Edm.Int64'),
          keyValue('indexSystem', '', 'Edm.String'),
          keyValue('ExecutionTimeMs', String(outcome.elapsedMs), 'Edm.Int32'),
          keyValue('QueryModification', request.queryText, 'Edm.String'),
          keyValue('RenderTemplateId', '~sitecollection/_catalogs/masterpage/Display Templates/Search/Group_Default.js', 'Edm.String'),
          keyValue('StartRecord', String(request.startRow), 'Edm.Int32'),
          keyValue('IsLastBlockInSubstrate', dotNetBoolean(request.startRow + outcome.rows.length >= outcome.totalRows), 'Edm.Boolean'),
          keyValue('IsFirstBlockInSubstrate', dotNetBoolean(request.startRow === 0), 'Edm.Boolean')
        ],
        ResultTitle: null,
        ResultTitleUrl: null,
        RowCount: outcome.rows.length,
        Table: { Rows: outcome.rows.map((cells) => ({ Cells: cells })) },
        TotalRows: outcome.totalRows,
        TotalRowsIncludingDuplicates: outcome.totalRows
      },
      SpecialTermResults: null
    },
    Properties: [
      keyValue('RowLimit', String(request.rowLimit), 'Edm.Int32'),
      keyValue('SourceId', request.sourceId ?? '8413cd39-2156-4e00-b54d-11efd9abdb89', 'Edm.Guid'),
      keyValue('CorrelationId', outcome.queryId, 'Edm.Guid'),
      keyValue('WasGroupRestricted', 'False', 'Edm.Boolean'),
      keyValue('IsPartial', 'False', 'Edm.Boolean'),
      keyValue('InternalRequestId', outcome.queryId, 'Edm.Guid'),
      keyValue('SerializedQuery', '<Query />', 'Edm.String')
    ],
    SecondaryQueryResults: [],
    SpellingSuggestion: '',
    TriggeredRules: []
  };
}

function verboseKeyValues(list: readonly KeyValue[]): unknown {
  return { results: list.map((entry) => ({ __metadata: { type: 'SP.KeyValue' }, ...entry })) };
}

function verboseResult(outcome: SearchOutcome): Record<string, unknown> {
  const light = lightResult(outcome);
  const primary = light.PrimaryQueryResult as Record<string, unknown>;
  const relevant = primary.RelevantResults as Record<string, unknown>;
  return {
    __metadata: { type: 'Microsoft.Office.Server.Search.REST.SearchResult' },
    ElapsedTime: outcome.elapsedMs,
    PrimaryQueryResult: {
      __metadata: { type: 'Microsoft.Office.Server.Search.REST.QueryResult' },
      CustomResults: { results: [] },
      QueryId: outcome.queryId,
      QueryRuleId: primary.QueryRuleId,
      RefinementResults: outcome.refiners
        ? {
            __metadata: { type: 'Microsoft.Office.Server.Search.REST.RefinementResults' },
            GroupTemplateId: null,
            ItemTemplateId: null,
            Properties: null,
            Refiners: {
              results: outcome.refiners.map((refiner) => ({
                __metadata: { type: 'Microsoft.Office.Server.Search.REST.Refiner' },
                Entries: {
                  results: refiner.entries.map((entry) => ({
                    __metadata: { type: 'Microsoft.Office.Server.Search.REST.RefinerEntry' },
                    RefinementCount: String(entry.count),
                    RefinementName: entry.name,
                    RefinementToken: entry.token,
                    RefinementValue: entry.name
                  }))
                },
                Name: refiner.name
              }))
            },
            ResultTitle: null,
            ResultTitleUrl: null
          }
        : null,
      RelevantResults: {
        __metadata: { type: 'Microsoft.Office.Server.Search.REST.RelevantResults' },
        GroupTemplateId: null,
        ItemTemplateId: null,
        Properties: verboseKeyValues(relevant.Properties as KeyValue[]),
        ResultTitle: null,
        ResultTitleUrl: null,
        RowCount: outcome.rows.length,
        Table: {
          __metadata: { type: 'SP.SimpleDataTable' },
          Rows: { results: outcome.rows.map((cells) => ({ __metadata: { type: 'SP.SimpleDataRow' }, Cells: verboseKeyValues(cells) })) }
        },
        TotalRows: outcome.totalRows,
        TotalRowsIncludingDuplicates: outcome.totalRows
      },
      SpecialTermResults: null
    },
    Properties: verboseKeyValues(light.Properties as KeyValue[]),
    SecondaryQueryResults: { results: [] },
    SpellingSuggestion: '',
    TriggeredRules: { results: [] }
  };
}

/** The full response body: `d.query` / `d.postquery` under verbose, the bare SearchResult in JSON light. */
export function searchResponseBody(outcome: SearchOutcome, format: ResponseFormat, method: 'query' | 'postquery', siteUrl: string): unknown {
  if (format === 'verbose') {
    return { d: { [method]: verboseResult(outcome) } };
  }
  const light = lightResult(outcome);
  return format === 'minimalmetadata' ? { 'odata.metadata': `${siteUrl}/_api/$metadata#Microsoft.Office.Server.Search.REST.SearchResult`, ...light } : light;
}
