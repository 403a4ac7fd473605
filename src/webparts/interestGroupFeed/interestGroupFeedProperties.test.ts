import { feedSourceOf } from './interestGroupFeedProperties';

describe('feedSourceOf', () => {
  it('shows my groups on a page, and a channel tab its own team unless told otherwise', () => {
    expect(feedSourceOf({}, undefined)).toEqual({ kind: 'mine' });
    expect(feedSourceOf({}, 'team-1')).toEqual({ kind: 'channel', groupId: 'team-1' });
    expect(feedSourceOf({ feedSource: 'mine' }, 'team-1')).toEqual({ kind: 'mine' });
  });

  it('reads the chosen group ids separated by commas, semicolons or spaces', () => {
    expect(feedSourceOf({ feedSource: 'chosen', groupIds: ' a, b;c  d ,' }, undefined)).toEqual({
      kind: 'chosen',
      groupIds: ['a', 'b', 'c', 'd']
    });
    expect(feedSourceOf({ feedSource: 'chosen' }, undefined)).toEqual({ kind: 'chosen', groupIds: [] });
  });
});
