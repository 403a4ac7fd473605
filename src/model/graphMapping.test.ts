import { toPersonProfile } from './graphUser';
import { toPersonGroups } from './PersonGroup';
import { presenceBadgeStatus, toPresence } from './Presence';
import { toHighlight } from './Highlight';

describe('toPersonProfile', () => {
  it('maps profile fields, dropping empty and null list entries', () => {
    const profile = toPersonProfile({
      id: 'u1',
      displayName: 'Anne de Vries',
      userPrincipalName: 'anne.devries@hogeschool.example',
      businessPhones: ['+31 20 123 4567', null, ''],
      mobilePhone: null,
      aboutMe: '  <b>Hi</b>  ',
      skills: ['Python', null, '  '],
      interests: null
    });
    expect(profile).toMatchObject({
      id: 'u1',
      businessPhones: ['+31 20 123 4567'],
      mobilePhone: undefined,
      aboutMe: '<b>Hi</b>',
      skills: ['Python'],
      interests: [],
      responsibilities: [],
      pastProjects: [],
      schools: []
    });
  });

  it('returns undefined without an id', () => {
    expect(toPersonProfile({ displayName: 'Nobody' })).toBeUndefined();
  });
});

describe('toPersonGroups', () => {
  it('keeps groups only, sorted by name, with their visibility', () => {
    expect(
      toPersonGroups([
        { '@odata.type': '#microsoft.graph.group', id: 'g2', displayName: 'Zorg', visibility: 'Private' },
        { '@odata.type': '#microsoft.graph.directoryRole', id: 'r1', displayName: 'Global Reader' },
        { '@odata.type': '#microsoft.graph.group', id: 'g1', displayName: 'Alpha', visibility: null }
      ])
    ).toEqual([
      { id: 'g1', displayName: 'Alpha', visibility: 'Unknown' },
      { id: 'g2', displayName: 'Zorg', visibility: 'Private' }
    ]);
  });

  it('leaves out security groups and distribution lists', () => {
    expect(
      toPersonGroups([
        {
          '@odata.type': '#microsoft.graph.group',
          id: 'g1',
          displayName: 'AI in het onderwijs',
          visibility: 'Public',
          groupTypes: ['Unified']
        },
        {
          '@odata.type': '#microsoft.graph.group',
          id: 's1',
          displayName: 'SG-Alle-Medewerkers',
          visibility: null,
          groupTypes: []
        },
        { '@odata.type': '#microsoft.graph.group', id: 'd1', displayName: 'DL Faculteit Techniek', groupTypes: [] }
      ]).map((group) => group.id)
    ).toEqual(['g1']);
  });
});

describe('toPresence', () => {
  it('maps known availability and falls back to Unknown', () => {
    expect(toPresence({ availability: 'Busy', activity: 'InAMeeting' })).toEqual({
      availability: 'Busy',
      activity: 'InAMeeting'
    });
    expect(toPresence({ availability: 'Teleporting' })).toEqual({ availability: 'Unknown', activity: undefined });
    expect(presenceBadgeStatus('DoNotDisturb')).toBe('do-not-disturb');
    expect(presenceBadgeStatus('BeRightBack')).toBe('away');
  });
});

describe('toHighlight', () => {
  it('maps verbose multi-values and keeps only http(s) links', () => {
    expect(
      toHighlight({
        Id: 3,
        Title: 'Rubrics',
        Kind: 'AcceptedAnswer',
        ContributorId: 'u1',
        Topics: { results: ['Assessment'] },
        WebUrl: 'javascript:alert(1)'
      })
    ).toMatchObject({ id: '3', kind: 'AcceptedAnswer', topics: ['Assessment'], webUrl: undefined });
    expect(
      toHighlight({
        Id: 4,
        Title: 'x',
        Kind: 'LearningResource',
        ContributorId: 'u1',
        Topics: ['A', 'B'],
        WebUrl: 'https://teams.example/x'
      })
    ).toMatchObject({
      topics: ['A', 'B'],
      webUrl: 'https://teams.example/x'
    });
  });

  it('drops items of unknown kind', () => {
    expect(toHighlight({ Id: 5, Kind: 'Other', ContributorId: 'u1' })).toBeUndefined();
  });
});
