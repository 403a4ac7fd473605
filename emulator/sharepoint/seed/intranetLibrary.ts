import { createHash } from 'crypto';
import { LINKED_INTRANET_DOCUMENTS } from '../../graph/seed/messages';
import type { Database } from '../../shared/store/database';
import { readMeta } from '../../shared/store/meta';
import { INTRANET_SITE_PATH } from '../sites/site';
import { FileStore, type SeededFile } from '../store/fileStore';
import { EDUCATION_FOLDERS } from './educationFolders';
import { PROGRAMMES_EN, PROGRAMMES_NL, type CatalogueFolder, type LanguageVocabulary } from './intranetCatalogue';
import { PAGES_EN, PAGES_NL, pageFileName, type PageVocabulary } from './intranetPages';
import { SeedSource } from './seedSource';
import { SERVICE_FOLDERS } from './serviceFolders';

/** The intranet's Documents library ("Documenten"), at the URL a Dutch site gives it. */
export const INTRANET_LIBRARY_PATH = `${INTRANET_SITE_PATH}/Gedeelde documenten`;
/** The intranet's Site Pages library. */
export const INTRANET_PAGES_PATH = `${INTRANET_SITE_PATH}/SitePages`;

const CATALOGUE: readonly CatalogueFolder[] = [...EDUCATION_FOLDERS, ...SERVICE_FOLDERS];
const PAGE_COUNT = 220;
const DAY_MS = 86_400_000;
/** Documents are modified over the four years before the seed's anchor day. */
const HISTORY_DAYS = 4 * 365;
const SITE_CREATED = Date.parse('2019-09-02T08:00:00Z');

/** A small deterministic generator (mulberry32): the library follows the seed number, not Faker's sequence. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function guidFor(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Who writes what: members of staff by department, and everyone for folders without a department of their own. */
class AuthorPool {
  private readonly byDepartment = new Map<string, string[]>();
  private readonly everyone: string[];
  private readonly candidates = new Map<string, readonly string[]>();

  public constructor(staff: readonly { id: string; department: string | null }[]) {
    this.everyone = staff.map((person) => person.id);
    for (const person of staff) {
      const ids = this.byDepartment.get(person.department ?? '') ?? [];
      ids.push(person.id);
      this.byDepartment.set(person.department ?? '', ids);
    }
  }

  public pick(random: Random, departments: readonly string[]): string {
    const key = departments.join('|');
    let candidates = this.candidates.get(key);
    if (!candidates) {
      const inDepartments = departments.flatMap((department) => this.byDepartment.get(department) ?? []);
      candidates = inDepartments.length > 0 ? inDepartments : this.everyone;
      this.candidates.set(key, candidates);
    }
    return pick(random, candidates);
  }
}

interface LibraryContext {
  random: Random;
  authors: AuthorPool;
  anchor: number;
  files: FileStore;
  names: Set<string>;
}

function history(context: LibraryContext): { created: string; modified: string; version: number } {
  const modified = context.anchor - Math.floor(context.random() * HISTORY_DAYS * DAY_MS) - DAY_MS;
  const created = Math.max(SITE_CREATED, modified - Math.floor(context.random() * 400 * DAY_MS));
  return {
    created: isoSeconds(created),
    modified: isoSeconds(modified),
    version: 1 + Math.floor(context.random() * 6)
  };
}

/** Stores one file under `folder`, its name made unique in the folder with " v2", " v3", … */
function addFile(context: LibraryContext, folder: string, title: string, extension: string, file: FileFacts): void {
  let name = `${title}.${extension}`;
  for (let version = 2; context.names.has(`${folder}/${name}`.toLowerCase()); version += 1) {
    name = `${title} v${version}.${extension}`;
  }
  const serverRelativeUrl = `${folder}/${name}`;
  context.names.add(serverRelativeUrl.toLowerCase());
  const editorId = context.random() < 0.7 ? file.authorId : file.editorId;
  context.files.addSeeded({
    serverRelativeUrl,
    folder,
    name,
    uniqueId: guidFor(serverRelativeUrl),
    title: name.slice(0, -(extension.length + 1)),
    summary: file.summary,
    authorId: file.authorId,
    editorId,
    ...history(context)
  } satisfies SeededFile);
}

interface FileFacts {
  summary: string;
  authorId: string;
  editorId: string;
}

const NL_OPENINGS = [
  'Dit document beschrijft {s} voor medewerkers van de hogeschool. Vastgesteld in {y}.',
  'Hierin staat hoe de hogeschool omgaat met {s}, met voorbeelden uit de praktijk.',
  'Praktische uitleg over {s}: wie waarvoor verantwoordelijk is en welke stappen je doorloopt.'
];
const EN_OPENINGS = [
  'This document describes {s} for staff of the university. Adopted in {y}.',
  'This {k} explains how the university handles {s}, with examples from practice.',
  'A practical guide to {s}: who is responsible for what and which steps to take.'
];

interface DocumentNaming {
  title: string;
  kind: string;
  subject: string;
}

function documentTitle(random: Random, vocabulary: LanguageVocabulary, dutch: boolean, year: number): DocumentNaming {
  const kind = pick(random, vocabulary.kinds);
  const subject = pick(random, vocabulary.subjects);
  const roll = random();
  const suffix =
    roll < 0.35
      ? ''
      : roll < 0.6
        ? ` ${year}`
        : roll < 0.8
          ? ` ${year - 1}-${year}`
          : ` ${pick(random, dutch ? PROGRAMMES_NL : PROGRAMMES_EN)}`;
  return { title: `${kind}${dutch ? ' ' : ' - '}${subject}${suffix}`, kind, subject };
}

function seedFolder(context: LibraryContext, folder: CatalogueFolder): void {
  const { random } = context;
  const path = `${INTRANET_LIBRARY_PATH}/${folder.path}`;
  const anchorYear = new Date(context.anchor).getUTCFullYear();
  for (let index = 0; index < folder.documents; index += 1) {
    const dutch = random() < 0.72;
    const vocabulary = dutch ? folder.nl : folder.en;
    const year = anchorYear - Math.floor(random() * 4);
    const { title, kind, subject } = documentTitle(random, vocabulary, dutch, year);
    const opening = pick(random, dutch ? NL_OPENINGS : EN_OPENINGS)
      .replace('{s}', subject)
      .replace('{k}', kind.toLowerCase())
      .replace('{y}', String(year));
    const authorId = context.authors.pick(random, folder.departments);
    const facts = {
      summary: `${title}. ${opening} ${vocabulary.audience}`,
      authorId,
      editorId: context.authors.pick(random, folder.departments)
    };
    addFile(context, path, title, pick(random, folder.types), facts);
  }
}

/** The documents channel messages link to, at the library's root, written by the education service. */
function seedLinkedDocuments(context: LibraryContext): void {
  const departments = ['Dienst Onderwijs en Onderzoek'];
  for (const name of LINKED_INTRANET_DOCUMENTS) {
    const dot = name.lastIndexOf('.');
    const title = name.slice(0, dot);
    const authorId = context.authors.pick(context.random, departments);
    const summary = `${title}. Het actuele document van de hogeschool over dit onderwerp, vastgesteld door de directie Onderwijs en Onderzoek.`;
    addFile(context, INTRANET_LIBRARY_PATH, title, name.slice(dot + 1), { summary, authorId, editorId: authorId });
  }
}

function seedPages(context: LibraryContext): void {
  const departments = ['Bibliotheek en Communicatie'];
  const combinations = (vocabulary: PageVocabulary): [PageVocabulary, string, string][] =>
    vocabulary.titles.flatMap((title) =>
      vocabulary.topics.map((topic): [PageVocabulary, string, string] => [vocabulary, title, topic])
    );
  const all = [...combinations(PAGES_NL), ...combinations(PAGES_EN)];
  for (let count = 0; count < PAGE_COUNT && all.length > 0; count += 1) {
    const [vocabulary, pattern, topic] = all.splice(Math.floor(context.random() * all.length), 1)[0];
    const title = pattern.replace('{t}', topic).replace(/^(.)/, (first) => first.toUpperCase());
    const summary = pick(context.random, vocabulary.summaries).replace('{t}', topic);
    const authorId = context.authors.pick(context.random, departments);
    const name = pageFileName(title);
    addPage(context, { name, title, summary: `${title}. ${summary}`, authorId });
  }
}

function addPage(
  context: LibraryContext,
  page: { name: string; title: string; summary: string; authorId: string }
): void {
  const serverRelativeUrl = `${INTRANET_PAGES_PATH}/${page.name}`;
  if (context.names.has(serverRelativeUrl.toLowerCase())) {
    return;
  }
  context.names.add(serverRelativeUrl.toLowerCase());
  context.files.addSeeded({
    serverRelativeUrl,
    folder: INTRANET_PAGES_PATH,
    name: page.name,
    uniqueId: guidFor(serverRelativeUrl),
    title: page.title,
    summary: page.summary,
    authorId: page.authorId,
    editorId: page.authorId,
    ...history(context)
  });
}

/**
 * Fills the intranet's Documents library and Site Pages with a few thousand documents and pages, deterministic from
 * the seed number and anchor day. Runs inside the seed transaction, after the files table was cleared.
 */
export function seedIntranetLibrary(db: Database): void {
  const options = JSON.parse(readMeta(db, 'seedOptions') ?? '{"seed":1}') as { seed: number };
  const anchor = Date.parse(readMeta(db, 'anchor') ?? new Date().toISOString());
  const context: LibraryContext = {
    random: generator(options.seed ^ 0x1b7a4e),
    authors: new AuthorPool(new SeedSource(db).staff()),
    anchor,
    files: new FileStore(db),
    names: new Set()
  };
  seedLinkedDocuments(context);
  for (const folder of CATALOGUE) {
    seedFolder(context, folder);
  }
  seedPages(context);
}
