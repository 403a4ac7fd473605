import type { Person } from '../Person';
import { matchesMentionQuery, mentionSuggestions } from './mentionSuggestions';

const person = (id: string, displayName: string, mail = `${id}@example.org`): Person => ({
  id,
  displayName,
  userPrincipalName: mail,
  mail
});

const anne = person('anne', 'Anne de Vries');
const mehmet = person('mehmet', 'Mehmet Yılmaz');
const anouk = person('anouk', 'Anouk Jansen');
const zoe = person('zoe', 'Zoë Bakker', 'z.bakker@example.org');

describe('matchesMentionQuery', () => {
  it('matches word starts of the name, accents and case aside', () => {
    expect(matchesMentionQuery(anne, 'an')).toBe(true);
    expect(matchesMentionQuery(anne, 'an de')).toBe(true);
    expect(matchesMentionQuery(anne, 'vr')).toBe(true);
    expect(matchesMentionQuery(anne, 'nne')).toBe(false);
    expect(matchesMentionQuery(zoe, 'zoe')).toBe(true);
    expect(matchesMentionQuery(mehmet, 'yil')).toBe(true);
  });

  it('matches the address too, and everyone for an empty query', () => {
    expect(matchesMentionQuery(zoe, 'z.bak')).toBe(true);
    expect(matchesMentionQuery(anne, '')).toBe(true);
  });
});

describe('mentionSuggestions', () => {
  it("puts the group's members first, then the directory's people, each once", () => {
    const suggestions = mentionSuggestions('an', [anouk, anne, mehmet], [person('anton', 'Anton Smit'), anne]);
    expect(suggestions.map((p) => p.id)).toEqual(['anne', 'anouk', 'anton']);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 20 }, (_, i) => person(`p${i}`, `Annemiek ${i}`));
    expect(mentionSuggestions('ann', many, [], 8)).toHaveLength(8);
  });
});
