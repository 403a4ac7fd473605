import * as React from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import * as strings from 'ColleagueCardWebPartStrings';
import { PERSON_PARAMETER } from '../../../components/links/suiteLinks';
import { LoadingState } from '../../../components/states/LoadingState';
import { usePageParameter } from '../../../hooks/usePageParameter';
import { showsTitle } from '../../shared/kringSiteProperties';
import { cardPersonRef, type IColleagueCardWebPartProps } from '../colleagueCardProperties';
import { ColleagueCard } from './ColleagueCard/ColleagueCard';
import { LazyPersonPicker } from './lazyParts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL
  },
  title: { ...typographyStyles.subtitle1, margin: 0 }
});

/**
 * The colleague card web part: whose card follows the property pane (me, a chosen person, or the page's
 * `?person=`). With "a chosen person" and nobody chosen yet, a search picks someone and puts them in the page's
 * `?person=`, so reloading, Back and a shared link show the same card.
 */
export function ColleagueCardRoot(props: IColleagueCardWebPartProps): React.ReactElement {
  const styles = useStyles();
  const [urlPerson, setUrlPerson] = usePageParameter(PERSON_PARAMETER);
  const configured = cardPersonRef(props, urlPerson);
  const personRef = configured ?? urlPerson;
  const title = props.title || strings.WebPartTitle;
  return (
    <section className={styles.root} aria-label={title}>
      {showsTitle(props, false) && <h2 className={styles.title}>{title}</h2>}
      {configured === undefined && (
        <React.Suspense fallback={<LoadingState size="tiny" label={commonStrings.Loading} />}>
          <LazyPersonPicker onPick={(person) => setUrlPerson(person.userPrincipalName || person.id)} />
        </React.Suspense>
      )}
      {personRef !== undefined && <ColleagueCard personRef={personRef} />}
    </section>
  );
}
