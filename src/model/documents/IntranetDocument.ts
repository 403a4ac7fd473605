/** A document or page found on the intranet, as the document picker lists it. */
export interface IntranetDocument {
  /** SharePoint's UniqueId of the file: a lower-case GUID without braces, as Teams names attachments. */
  uniqueId: string;
  title: string;
  /** The file's name with its extension, e.g. `Toetsplan 2026.docx`. */
  fileName: string;
  /** The extension in lower case (`docx`, `pdf`, `aspx` for a page); empty when the file has none. */
  fileType: string;
  /** The file's absolute SharePoint URL, percent-encoded. */
  url: string;
  /** The title of the site the file is on. */
  siteName: string;
  siteUrl: string;
  /** The folder within the site, e.g. `Gedeelde documenten/Onderwijs/Toetsing`; empty at the site's root. */
  folder: string;
  author?: string;
  /** Last modified (ISO time). */
  modified?: string;
}

/** The kinds of document the picker filters on. */
export type DocumentType = 'word' | 'excel' | 'powerpoint' | 'pdf' | 'page';

export const DOCUMENT_TYPES: readonly DocumentType[] = ['word', 'excel', 'powerpoint', 'pdf', 'page'];

/** The file types (SharePoint's `FileType`) of each kind, the current format first. */
export const FILE_TYPES: Readonly<Record<DocumentType, readonly string[]>> = {
  word: ['docx', 'doc'],
  excel: ['xlsx', 'xls'],
  powerpoint: ['pptx', 'ppt'],
  pdf: ['pdf'],
  page: ['aspx']
};

/** The kind of a file type; undefined for types the filter does not name (images, zip files, …). */
export function documentTypeOf(fileType: string): DocumentType | undefined {
  const type = fileType.toLowerCase();
  return DOCUMENT_TYPES.find((kind) => FILE_TYPES[kind].includes(type));
}
