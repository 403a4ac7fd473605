import * as React from 'react';
import { Option, Persona } from '@fluentui/react-components';
import { initials } from '../Person/initials';
import { usePersonDecorations } from '../Person/usePersonDecorations';
import { secondaryText } from './personOptionText';
import type { PersonOptionProps } from './PersonPicker.types';

const PHOTO_ONLY = { photo: true, presence: false };

/** One result: photo (through the page's shared photo loader), name, job title and department. */
export function PersonOption({ person, showMail, className }: PersonOptionProps): React.ReactElement {
  const { photoUrl } = usePersonDecorations(person.id, PHOTO_ONLY);
  return (
    <Option value={person.id} text={person.displayName} className={className}>
      <Persona
        size="medium"
        name={person.displayName}
        secondaryText={secondaryText(person)}
        tertiaryText={showMail ? (person.mail ?? person.userPrincipalName) : undefined}
        avatar={{
          'aria-hidden': true,
          initials: initials(person.displayName),
          image: photoUrl ? { src: photoUrl, alt: '' } : undefined
        }}
      />
    </Option>
  );
}
