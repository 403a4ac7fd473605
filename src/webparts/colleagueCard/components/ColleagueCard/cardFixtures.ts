import type { PersonProfile } from '../../../../model/PersonProfile';
import type { ProfileCard } from '../../../../services/people/ProfileCard';

export const ANNE: PersonProfile = {
  id: '11111111-1111-1111-1111-111111111111',
  displayName: 'Anne de Vries',
  userPrincipalName: 'anne.devries@hogeschool.example',
  mail: 'anne.devries@hogeschool.example',
  jobTitle: 'Teamleider Onderwijs',
  department: 'Faculteit Onderwijs en Opvoeding',
  officeLocation: 'Gebouw A 2.14',
  businessPhones: ['+31 20 555 0101'],
  aboutMe: 'Ik help teams met toetsing. <script>alert(1)</script>',
  skills: ['Assessment', 'Data analysis'],
  interests: ['Open science'],
  responsibilities: ['Curriculum design'],
  pastProjects: [],
  schools: []
};

export function cardFor(profile: PersonProfile, overrides: Partial<ProfileCard> = {}): ProfileCard {
  return {
    profile,
    photo: { ok: true, value: undefined },
    presence: { ok: true, value: { availability: 'Busy', activity: 'InAMeeting' } },
    manager: {
      ok: true,
      value: {
        id: 'm1',
        displayName: 'Bram Jansen',
        userPrincipalName: 'bram@hogeschool.example',
        jobTitle: 'Directeur'
      }
    },
    directReports: {
      ok: true,
      value: [
        { id: 'r1', displayName: 'Daan Bakker', userPrincipalName: 'daan.bakker@hogeschool.example' },
        { id: 'r2', displayName: 'Sanne Visser', userPrincipalName: 'sanne.visser@hogeschool.example' }
      ]
    },
    groups: { ok: true, value: [{ id: 'g1', displayName: 'Toetsing en examinering', visibility: 'Private' }] },
    ...overrides
  };
}
