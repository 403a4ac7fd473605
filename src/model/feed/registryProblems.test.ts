import type { InterestGroup } from './InterestGroup';
import { fixFor, registryProblems, type GroupCheck } from './registryProblems';

function group(id: string, displayName: string, feedChannelId?: string): InterestGroup {
  return {
    id,
    registryItemId: Number(id.replace(/\D/g, '')),
    displayName,
    description: '',
    visibility: 'Unknown',
    jobFunctions: [],
    topics: [],
    featured: false,
    feedChannelId
  };
}

const channels = (...ids: string[]): GroupCheck => ({ exists: true, channels: new Set(ids) });

describe('registryProblems', () => {
  it('reports gone groups, groups without a team and gone feed channels, worst first', () => {
    const groups = [
      group('g1', 'Zeilen', '19:gone'),
      group('g2', 'Onderzoek'),
      group('g3', 'Archief'),
      group('g4', 'Toetsing', '19:here'),
      group('g5', 'Beta', '19:gone')
    ];
    const checks = new Map<string, GroupCheck>([
      ['g1', channels('19:general')],
      ['g2', { exists: true, channels: 'noTeam' }],
      ['g3', { exists: false, channels: 'unknown' }],
      ['g4', channels('19:general', '19:here')],
      ['g5', channels()]
    ]);
    expect(registryProblems(groups, checks).map((p) => [p.kind, p.group.displayName])).toEqual([
      ['groupGone', 'Archief'],
      ['noTeam', 'Onderzoek'],
      ['channelGone', 'Beta'],
      ['channelGone', 'Zeilen']
    ]);
  });

  it('says nothing of a General feed, a team it could not read, or a group it did not check', () => {
    const groups = [group('g1', 'A'), group('g2', 'B', '19:x'), group('g3', 'C', '19:x')];
    const checks = new Map<string, GroupCheck>([
      ['g1', channels()],
      ['g2', { exists: true, channels: 'unknown' }]
    ]);
    expect(registryProblems(groups, checks)).toEqual([]);
  });

  it('matches group ids whatever their case', () => {
    const problems = registryProblems([group('AB1', 'A')], new Map([['ab1', { exists: false, channels: 'unknown' }]]));
    expect(problems).toHaveLength(1);
  });
});

describe('fixFor', () => {
  it('removes an entry whose group is gone or has no team, and points a gone channel back at General', () => {
    const entry = group('g7', 'A', '19:x');
    expect(fixFor({ kind: 'groupGone', group: entry })).toEqual({ action: 'remove', itemId: 7 });
    expect(fixFor({ kind: 'noTeam', group: entry })).toEqual({ action: 'remove', itemId: 7 });
    expect(fixFor({ kind: 'channelGone', group: entry })).toEqual({ action: 'useGeneral', itemId: 7 });
  });
});
