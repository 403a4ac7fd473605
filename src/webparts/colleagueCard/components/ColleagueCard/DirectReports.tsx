import * as React from 'react';
import { Button } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import * as strings from 'ColleagueCardWebPartStrings';
import { Person } from '../../../../components/Person/Person';
import type { Person as PersonModel } from '../../../../model/Person';
import type { CardStyles } from './ColleagueCard.types';

/** How many reports show before "Show all": enough to recognise a team without a long list. */
export const FIRST_REPORTS = 5;

function countText(count: number): string {
  const one = new Intl.PluralRules(commonStrings.PluralLocale).select(count) === 'one';
  return (one ? strings.DirectReportsCountOne : strings.DirectReportsCountOther).replace('{0}', String(count));
}

/** The count of direct reports, the first few, and the rest on request. */
export interface DirectReportsProps {
  reports: readonly PersonModel[];
  styles: CardStyles;
}

export function DirectReports({ reports, styles }: DirectReportsProps): React.ReactElement {
  const [showAll, setShowAll] = React.useState(false);
  const listRef = React.useRef<HTMLUListElement>(null);
  React.useEffect(() => {
    // The "Show all" button disappears when pressed: keep the keyboard where the new names start.
    if (showAll) listRef.current?.querySelectorAll<HTMLElement>('a')[FIRST_REPORTS]?.focus();
  }, [showAll]);
  if (reports.length === 0) {
    return <span className={styles.muted}>{strings.NoDirectReports}</span>;
  }
  const shown = showAll ? reports : reports.slice(0, FIRST_REPORTS);
  return (
    <>
      <span className={styles.secondary}>{countText(reports.length)}</span>
      <ul ref={listRef} className={styles.list} aria-label={strings.DirectReports}>
        {shown.map((report) => (
          <li key={report.id}>
            <Person person={report} />
          </li>
        ))}
      </ul>
      {!showAll && reports.length > FIRST_REPORTS && (
        <Button appearance="subtle" size="small" className={styles.showAll} onClick={() => setShowAll(true)}>
          {strings.ShowAllReports.replace('{0}', String(reports.length))}
        </Button>
      )}
    </>
  );
}
