import * as strings from 'InterestGroupFeedWebPartStrings';
import { kringSiteGroup, type KringSiteProperties } from '../shared/kringSiteProperties';
import type { PropertyPageDefinition } from '../shared/propertyFields';
import type { FeedSource } from './components/feed/feedChannels';

export interface IInterestGroupFeedWebPartProps extends KringSiteProperties {
  title?: string;
  /** Which groups the feed shows: mine, the chosen `groupIds`, or the group of the Teams tab's team. */
  feedSource?: 'mine' | 'chosen' | 'channel';
  groupIds?: string;
}

export function interestGroupFeedPropertyPage(): PropertyPageDefinition {
  return {
    description: strings.PropertyPaneDescription,
    groups: [
      {
        name: strings.SettingsGroupName,
        fields: [
          { kind: 'text', key: 'title', label: strings.TitleFieldLabel },
          {
            kind: 'choice',
            key: 'feedSource',
            label: strings.FeedSourceFieldLabel,
            options: [
              { key: 'mine', text: strings.FeedSourceMine },
              { key: 'chosen', text: strings.FeedSourceChosen },
              { key: 'channel', text: strings.FeedSourceChannel }
            ]
          },
          {
            kind: 'text',
            key: 'groupIds',
            label: strings.GroupIdsFieldLabel,
            description: strings.GroupIdsFieldDescription
          }
        ]
      },
      kringSiteGroup()
    ]
  };
}

/**
 * The feed's groups from the properties and, for a Teams tab, the team it sits in: a channel tab that was not set
 * otherwise shows its own team's group.
 */
export function feedSourceOf(props: IInterestGroupFeedWebPartProps, teamGroupId: string | undefined): FeedSource {
  if (props.feedSource === 'chosen') {
    const groupIds = (props.groupIds ?? '')
      .split(/[\s,;]+/)
      .map((id) => id.trim())
      .filter((id) => id !== '');
    return { kind: 'chosen', groupIds };
  }
  if (props.feedSource === 'channel' || (props.feedSource === undefined && teamGroupId !== undefined)) {
    return { kind: 'channel', groupId: teamGroupId };
  }
  return { kind: 'mine' };
}
