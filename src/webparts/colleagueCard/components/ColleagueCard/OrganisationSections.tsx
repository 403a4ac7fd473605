import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { TextLink } from '../../../../components/TextLink/TextLink';
import * as strings from 'ColleagueCardWebPartStrings';
import { Person } from '../../../../components/Person/Person';
import { REQUIRED_PERMISSION } from '../../../../components/states/permissions';
import type { ProfileCard } from '../../../../services/people/ProfileCard';
import { CardSection, PartOrError } from './CardSection';
import { DirectReports } from './DirectReports';
import type { CardStyles, ColleagueCardState } from './ColleagueCard.types';

export interface OrganisationSectionsProps {
  state: ColleagueCardState;
  card: ProfileCard;
  styles: CardStyles;
}

/** Manager, direct reports and groups: the parts that come from separate Graph calls and can fail alone. */
export function OrganisationSections({ state, card, styles }: OrganisationSectionsProps): React.ReactElement {
  return (
    <>
      <CardSection title={strings.Manager} styles={styles}>
        <PartOrError part={card.manager} permission={REQUIRED_PERMISSION.manager} onRetry={state.reload}>
          {(manager) =>
            manager ? <Person person={manager} /> : <span className={styles.muted}>{strings.NoManager}</span>
          }
        </PartOrError>
      </CardSection>
      <CardSection title={strings.DirectReports} styles={styles}>
        <PartOrError part={card.directReports} permission={REQUIRED_PERMISSION.reports} onRetry={state.reload}>
          {(reports) => <DirectReports reports={reports} styles={styles} />}
        </PartOrError>
      </CardSection>
      <CardSection title={strings.GroupsHeading} styles={styles}>
        <PartOrError part={card.groups} permission={REQUIRED_PERMISSION.groups} onRetry={state.reload}>
          {(groups) =>
            groups.length > 0 ? (
              <ul className={styles.list} aria-label={strings.GroupsHeading}>
                {groups.map((group) => (
                  <li key={group.id} className={styles.groupItem}>
                    <TextLink href={state.links.group(group.id)}>{group.displayName}</TextLink>
                    {group.visibility === 'Private' && (
                      <span className={mergeClasses(styles.small, styles.secondary)}>{strings.PrivateGroup}</span>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <span className={styles.muted}>{strings.NoGroups}</span>
            )
          }
        </PartOrError>
      </CardSection>
    </>
  );
}
