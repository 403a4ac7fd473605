import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { TextLink } from '../TextLink/TextLink';
import * as commonStrings from 'KringCommonStrings';
import type { Person } from '../../model/Person';
import type { Presence } from '../../model/Presence';
import { ContactActions } from '../ContactActions/ContactActions';
import { PersonHeader } from '../PersonHeader/PersonHeader';

export interface PersonCardProps {
  person: Person;
  photoUrl?: string;
  presence?: Presence;
  profileUrl: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: '240px',
    maxWidth: '320px'
  }
});

/** The compact card in a hover card: who, where, presence in words and colour, contact, link to the profile. */
export function PersonCard({ person, photoUrl, presence, profileUrl }: PersonCardProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <PersonHeader variant="compact" person={person} photoUrl={photoUrl} presence={presence} />
      <ContactActions person={person} />
      <TextLink href={profileUrl}>{commonStrings.PersonOpenProfile}</TextLink>
    </div>
  );
}
