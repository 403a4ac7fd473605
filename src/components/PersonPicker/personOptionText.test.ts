import type { Person } from '../../model/Person';
import { lookAlikeIds, secondaryText } from './personOptionText';

const person = (id: string, overrides: Partial<Person> = {}): Person => ({
  id,
  displayName: 'Max de Wit',
  userPrincipalName: `${id}@hogeschool.example`,
  ...overrides
});

describe('secondaryText', () => {
  it('joins job title and department, leaving out what is missing', () => {
    expect(secondaryText(person('a', { jobTitle: 'Instructeur', department: 'Faculteit Techniek' }))).toBe(
      'Instructeur · Faculteit Techniek'
    );
    expect(secondaryText(person('a', { department: 'Dienst ICT' }))).toBe('Dienst ICT');
    expect(secondaryText(person('a'))).toBeUndefined();
  });
});

describe('lookAlikeIds', () => {
  it('names only the people who share name, job title and department with another result', () => {
    const people = [
      person('a', { jobTitle: 'Instructeur', department: 'Faculteit Techniek' }),
      person('b', { jobTitle: 'Instructeur', department: 'Faculteit Techniek', displayName: 'max de wit' }),
      person('c', { jobTitle: 'Praktijkdocent', department: 'Faculteit Techniek' })
    ];
    expect([...lookAlikeIds(people)]).toEqual(['a', 'b']);
    expect(lookAlikeIds(people.slice(1)).size).toBe(0);
  });
});
