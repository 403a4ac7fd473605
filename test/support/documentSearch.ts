import type { RunningEmulator } from './emulator';

export type DocumentRow = Record<string, string | null>;

export interface DocumentSearchAnswer {
  status: number;
  TotalRows: number;
  RowCount: number;
  rows: DocumentRow[];
  /** The cells as sent, `{Key, Value, ValueType}` each. */
  cells: { Key: string; Value: string | null; ValueType: string }[][];
  json: unknown;
}

interface RelevantResults {
  TotalRows: number;
  RowCount: number;
  Table: { Rows: { Cells: { Key: string; Value: string | null; ValueType: string }[] }[] };
}

/** `GET /_api/search/query` on the intranet with a KQL query (quoted for the URL) and further parameters. */
export async function searchDocuments(
  emulator: RunningEmulator,
  querytext: string,
  options: { user?: string; parameters?: string } = {}
): Promise<DocumentSearchAnswer> {
  const quoted = encodeURIComponent(`'${querytext.replace(/'/g, "''")}'`);
  const answer = await emulator.spFetch(`/_api/search/query?querytext=${quoted}${options.parameters ?? ''}`, {
    user: options.user
  });
  const relevant = (answer.json as { PrimaryQueryResult?: { RelevantResults: RelevantResults } } | undefined)
    ?.PrimaryQueryResult?.RelevantResults;
  const cells = relevant?.Table.Rows.map((row) => row.Cells) ?? [];
  return {
    status: answer.status,
    TotalRows: relevant?.TotalRows ?? 0,
    RowCount: relevant?.RowCount ?? 0,
    rows: cells.map((row) => Object.fromEntries(row.map((cell) => [cell.Key, cell.Value]))),
    cells,
    json: answer.json
  };
}
