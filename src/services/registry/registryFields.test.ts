import {
  rankCandidates,
  searchClause,
  toGroupCandidate,
  toRegistryFields,
  toRuleFields,
  toRuleItem
} from './registryFields';

describe('registry fields', () => {
  it('writes only the fields given, trimmed and without repeats; General and nobody clear their columns', () => {
    expect(toRegistryFields({ featured: true })).toEqual({ Featured: true });
    expect(
      toRegistryFields({
        displayName: ' Toetsing ',
        jobFunctions: ['Docent', ' Docent', ''],
        topics: ['Toetsing'],
        feedChannelId: '',
        curatorIds: ['AB', 'ab', 'cd']
      })
    ).toEqual({
      Title: 'Toetsing',
      JobFunctions: ['Docent'],
      Topics: ['Toetsing'],
      FeedChannelId: null,
      Curators: 'ab;cd'
    });
    expect(toRegistryFields({ feedChannelId: undefined, curatorIds: [] })).toEqual({
      FeedChannelId: null,
      Curators: null
    });
    expect(toRegistryFields({ feedChannelId: '19:a@thread.tacv2' })).toEqual({ FeedChannelId: '19:a@thread.tacv2' });
  });

  it('maps rules both ways', () => {
    expect(toRuleFields({ titlePart: ' docent ', jobFunction: 'Docent' })).toEqual({
      Title: 'docent',
      JobFunction: 'Docent'
    });
    expect(toRuleItem({ Id: 3, Title: 'docent', JobFunction: 'Docent' })).toEqual({
      itemId: 3,
      titlePart: 'docent',
      jobFunction: 'Docent'
    });
    expect(toRuleItem({ Id: 3, Title: '', JobFunction: 'Docent' })).toBeUndefined();
  });

  it('keeps Microsoft 365 groups only and tells whether they have a team', () => {
    expect(
      toGroupCandidate({
        id: 'AB',
        displayName: 'X',
        groupTypes: ['Unified'],
        resourceProvisioningOptions: ['Team'],
        visibility: 'Private'
      })
    ).toEqual({ id: 'ab', displayName: 'X', description: '', visibility: 'Private', hasTeam: true });
    expect(toGroupCandidate({ id: 'ab', displayName: 'X', groupTypes: ['Unified'] })?.hasTeam).toBe(false);
    expect(toGroupCandidate({ id: 'ab', displayName: 'Security', groupTypes: [] })).toBeUndefined();
  });

  it('quotes the search and ranks names that start with it first', () => {
    expect(searchClause('  toe"ts ')).toBe('"displayName:toe ts"');
    expect(searchClause('t')).toBeUndefined();
    const candidate = (displayName: string) => ({
      id: displayName,
      displayName,
      description: '',
      visibility: 'Public' as const,
      hasTeam: true
    });
    expect(
      rankCandidates([candidate('Over toetsing'), candidate('Toetsing')], 'toets').map((c) => c.displayName)
    ).toEqual(['Toetsing', 'Over toetsing']);
  });
});
