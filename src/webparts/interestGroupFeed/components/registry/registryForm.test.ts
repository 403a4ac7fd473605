import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import {
  changesOf,
  draftOf,
  fieldsOf,
  knownJobFunctions,
  newDraft,
  validateEntry,
  validateRule,
  withChanges
} from './registryForm';
import { suggestJobFunctions, suggestTopics, validateTag } from './topicSuggestions';

const GROUP: InterestGroup = {
  id: 'g1',
  registryItemId: 4,
  displayName: 'Toetsing en beoordeling',
  description: '',
  visibility: 'Public',
  jobFunctions: ['Docent'],
  topics: ['Toetsing'],
  featured: false,
  feedChannelId: '19:a@thread.tacv2',
  curatorIds: ['p1', 'p2']
};
const ANNE = { id: 'p1', displayName: 'Anne de Vries', userPrincipalName: 'anne@hogeschool.example' };
const MESSAGES = { empty: 'empty', tooLong: 'long', separator: 'sep', duplicate: 'dup' };

describe('entry drafts', () => {
  it('starts from the entry, naming curators it knows and showing the others by id', () => {
    const draft = draftOf(GROUP, new Map([['p1', ANNE]]));
    expect(draft.feedChannelId).toBe('19:a@thread.tacv2');
    expect(draft.curators.map((person) => person.displayName)).toEqual(['Anne de Vries', 'p2']);
  });

  it('gives a picked group General, no job functions, no topics, not featured', () => {
    const draft = newDraft({ id: 'g9', displayName: 'Nieuw', description: '', visibility: 'Public', hasTeam: true });
    expect(fieldsOf(draft)).toEqual({
      displayName: 'Nieuw',
      jobFunctions: [],
      topics: [],
      featured: false,
      feedChannelId: undefined,
      curatorIds: []
    });
  });

  it('needs a name of at most 255 characters, and no ";#" in a value', () => {
    const draft = draftOf(GROUP, new Map());
    expect(validateEntry(draft)).toEqual({});
    expect(validateEntry({ ...draft, displayName: '  ' })).toEqual({ displayName: 'required' });
    expect(validateEntry({ ...draft, displayName: 'x'.repeat(256) })).toEqual({ displayName: 'tooLong' });
    expect(validateEntry({ ...draft, topics: ['a;#b'] })).toEqual({ topics: 'separator' });
  });

  it('sends only what changed, General as no channel', () => {
    const draft = { ...draftOf(GROUP, new Map()), featured: true, feedChannelId: '' };
    const changes = changesOf(GROUP, draft);
    expect(changes).toEqual({ featured: true, feedChannelId: undefined });
    expect(withChanges(GROUP, changes)).toMatchObject({ featured: true, feedChannelId: undefined });
    expect(changesOf(GROUP, draftOf(GROUP, new Map()))).toEqual({});
  });
});

describe('rules', () => {
  const RULES = [{ itemId: 1, titlePart: 'docent', jobFunction: 'Docent' }];

  it('needs both parts and one rule per title part, whatever its case', () => {
    expect(validateRule({ titlePart: '', jobFunction: ' ' }, RULES)).toEqual({
      titlePart: 'required',
      jobFunction: 'required'
    });
    expect(validateRule({ titlePart: 'Docent', jobFunction: 'Docent' }, RULES)).toEqual({ titlePart: 'duplicate' });
    expect(validateRule({ titlePart: 'Docent', jobFunction: 'Leraar' }, RULES, 1)).toEqual({});
  });

  it('suggests the job functions of the registry and the map', () => {
    const known = knownJobFunctions(
      [GROUP, { ...GROUP, jobFunctions: ['Onderzoeker', 'docent'] }],
      [...RULES, { itemId: 2, titlePart: 'lector', jobFunction: 'Onderzoeker' }]
    );
    expect(known).toEqual(['Docent', 'Onderzoeker']);
    expect(suggestJobFunctions('zoek', [], known)).toEqual([{ value: 'Onderzoeker' }]);
    expect(suggestJobFunctions('o', ['Onderzoeker'], known)).toEqual([{ value: 'Docent' }]);
  });
});

describe('tags', () => {
  it('suggests vocabulary topics in my language with the other one under it', () => {
    const [first] = suggestTopics('toets', [], 'en-us');
    expect(first).toEqual({ value: 'Assessment', secondaryText: 'Toetsing' });
    expect(suggestTopics('toets', [], 'nl-nl')[0]).toEqual({ value: 'Toetsing', secondaryText: 'Assessment' });
  });

  it('keeps a typed topic as its vocabulary label, and refuses empty, repeated and over-long values', () => {
    expect(validateTag('assessment', [], MESSAGES, 'nl-nl')).toEqual({ value: 'Toetsing' });
    expect(validateTag('Beekeeping', [], MESSAGES, 'nl-nl')).toEqual({ value: 'Beekeeping' });
    expect(validateTag(' ', [], MESSAGES)).toEqual({ error: 'empty' });
    expect(validateTag('docent', ['Docent'], MESSAGES)).toEqual({ error: 'dup' });
    expect(validateTag('x'.repeat(256), [], MESSAGES)).toEqual({ error: 'long' });
    expect(validateTag('a;#b', [], MESSAGES)).toEqual({ error: 'sep' });
  });
});
