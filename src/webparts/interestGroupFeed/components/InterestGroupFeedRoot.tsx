import * as React from 'react';
import { makeStyles, Subtitle1, Tab, TabList, tokens } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { useHost } from '../../../host/HostContext';
import { showsTitle } from '../../shared/kringSiteProperties';
import { feedSourceOf, type IInterestGroupFeedWebPartProps } from '../interestGroupFeedProperties';
import { linkedPost, linkedPostOfSubPage } from './feed/feedLinks';
import { FeedView } from './feed/FeedView';

const GroupsPanel = React.lazy(() =>
  import(/* webpackChunkName: 'kring-groups-panel' */ './groups/GroupsPanel').then((module) => ({
    default: module.GroupsPanel
  }))
);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: 0
  }
});

type View = 'feed' | 'groups';

/** The interest-group feed web part: the merged feed of my groups, and the groups to browse and join. */
export function InterestGroupFeedRoot(props: IInterestGroupFeedWebPartProps): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  const [view, setView] = React.useState<View>('feed');
  const title = props.title || strings.WebPartTitle;
  const source = feedSourceOf(props, host.team?.groupId);
  const linked =
    host.kind === 'teams'
      ? linkedPostOfSubPage(host.subPageId)
      : typeof window !== 'undefined'
        ? linkedPost(window.location.href)
        : undefined;
  return (
    <section className={styles.root} aria-label={title}>
      {showsTitle(props, true) && <Subtitle1 as="h2">{title}</Subtitle1>}
      <TabList selectedValue={view} onTabSelect={(_event, data) => setView(data.value as View)}>
        <Tab value="feed">{strings.FeedTab}</Tab>
        <Tab value="groups">{strings.GroupsTab}</Tab>
      </TabList>
      {view === 'feed' ? (
        <FeedView source={source} link={linked} onFindGroups={() => setView('groups')} />
      ) : (
        <React.Suspense fallback={null}>
          <GroupsPanel onOpenFeed={() => setView('feed')} />
        </React.Suspense>
      )}
    </section>
  );
}
