/** The shape of the intranet library's catalogue: folders, the kinds of documents in each, in Dutch and English. */

export type DocumentType = 'docx' | 'xlsx' | 'pptx' | 'pdf';

export interface LanguageVocabulary {
  /** Kinds of document ("Handreiking", "Guideline"), written as a title starts. */
  kinds: readonly string[];
  /** What a document is about, written as it follows the kind. */
  subjects: readonly string[];
  /** Who the folder's documents are for, one sentence. */
  audience: string;
}

export interface CatalogueFolder {
  /** Below the library root, e.g. `Onderwijs/Toetsing`. */
  path: string;
  /** Departments whose staff write these documents. */
  departments: readonly string[];
  documents: number;
  /** File types, repeated to weight them. */
  types: readonly DocumentType[];
  nl: LanguageVocabulary;
  en: LanguageVocabulary;
}

export const list = (text: string): string[] => text.split('|');

export const FACULTIES = [
  'Faculteit Gezondheid',
  'Faculteit Onderwijs en Opvoeding',
  'Faculteit Techniek',
  'Faculteit Business en Economie',
  'Faculteit Digitale Media en Creatieve Industrie',
  'Faculteit Maatschappij en Recht'
];
export const EDUCATION = ['Dienst Onderwijs en Onderzoek', ...FACULTIES];

export const PROGRAMMES_NL = list('HBO-ICT|Verpleegkunde|Pabo|Bedrijfskunde|Social Work|HBO-Rechten|Werktuigbouwkunde');
export const PROGRAMMES_EN = list('International Business|Nursing|Software Engineering|Creative Media|Social Work');
