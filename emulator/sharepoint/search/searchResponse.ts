import type { ResponseFormat } from '../http/responseFormat';
import type { KeyValue, SearchOutcome } from './searchShape';

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
          keyValue(
            'RenderTemplateId',
            '~sitecollection/_catalogs/masterpage/Display Templates/Search/Group_Default.js',
            'Edm.String'
          ),
          keyValue('StartRecord', String(request.startRow), 'Edm.Int32'),
          keyValue(
            'IsLastBlockInSubstrate',
            dotNetBoolean(request.startRow + outcome.rows.length >= outcome.totalRows),
            'Edm.Boolean'
          ),
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

function verboseRefinementResults(outcome: SearchOutcome): Record<string, unknown> | null {
  if (!outcome.refiners) {
    return null;
  }
  return {
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
  };
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
      RefinementResults: verboseRefinementResults(outcome),
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
          Rows: {
            results: outcome.rows.map((cells) => ({
              __metadata: { type: 'SP.SimpleDataRow' },
              Cells: verboseKeyValues(cells)
            }))
          }
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
export function searchResponseBody(
  outcome: SearchOutcome,
  format: ResponseFormat,
  method: 'query' | 'postquery',
  siteUrl: string
): unknown {
  if (format === 'verbose') {
    return { d: { [method]: verboseResult(outcome) } };
  }
  const light = lightResult(outcome);
  return format === 'minimalmetadata'
    ? { 'odata.metadata': `${siteUrl}/_api/$metadata#Microsoft.Office.Server.Search.REST.SearchResult`, ...light }
    : light;
}
