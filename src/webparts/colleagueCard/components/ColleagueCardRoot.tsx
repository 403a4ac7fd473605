import * as React from 'react';
import { makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';
import * as strings from 'ColleagueCardWebPartStrings';
import { SignedInUser } from '../../../components/SignedInUser/SignedInUser';
import type { IColleagueCardWebPartProps } from '../colleagueCardProperties';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL }
});

export function ColleagueCardRoot({ title }: IColleagueCardWebPartProps): React.ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title || strings.WebPartTitle}>
      <Subtitle1 as="h2">{title || strings.WebPartTitle}</Subtitle1>
      <Text>{strings.Intro}</Text>
      <SignedInUser />
    </section>
  );
}
