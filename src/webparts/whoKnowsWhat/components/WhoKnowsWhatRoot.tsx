import * as React from 'react';
import { makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';
import * as strings from 'WhoKnowsWhatWebPartStrings';
import { SignedInUser } from '../../../components/SignedInUser/SignedInUser';
import { showsTitle } from '../../shared/kringSiteProperties';
import type { IWhoKnowsWhatWebPartProps } from '../whoKnowsWhatProperties';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL
  }
});

export function WhoKnowsWhatRoot(props: IWhoKnowsWhatWebPartProps): React.ReactElement {
  const styles = useStyles();
  const title = props.title || strings.WebPartTitle;
  return (
    <section className={styles.root} aria-label={title}>
      {showsTitle(props, true) && <Subtitle1 as="h2">{title}</Subtitle1>}
      <Text>{strings.Intro}</Text>
      <SignedInUser />
    </section>
  );
}
