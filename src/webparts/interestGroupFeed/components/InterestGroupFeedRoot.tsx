import * as React from 'react';
import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { preloadMessageSanitiser } from '../../../components/MessageBody/sanitiserLoader';
import { LoadingState } from '../../../components/states/LoadingState';
import { TabStrip } from '../../../components/TabStrip/TabStrip';
import type { TabStripTab } from '../../../components/TabStrip/TabStrip.types';
import { useHost } from '../../../host/HostContext';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { useServices } from '../../../services/ServicesContext';
import { showsTitle } from '../../shared/kringSiteProperties';
import { feedSourceOf, type IInterestGroupFeedWebPartProps } from '../interestGroupFeedProperties';
import { linkedPost, linkedPostOfSubPage } from './feed/feedLinks';
import { FeedView } from './feed/FeedView';
import { preloadVirtualizer } from './feed/lazyVirtualizer';
import { loadReactionBar } from './feed/reactions/lazyReactionBar';

const GroupsPanel = React.lazy(() =>
  import(/* webpackChunkName: 'kring-groups-panel' */ './groups/GroupsPanel').then((module) => ({
    default: module.GroupsPanel
  }))
);

const RegistryPanel = React.lazy(() =>
  import(/* webpackChunkName: 'kring-registry-panel' */ './registry/RegistryPanel').then((module) => ({
    default: module.RegistryPanel
  }))
);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: 0
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM
  }
});

type View = 'feed' | 'groups' | 'registry';

function tabsFor(canCurate: boolean): TabStripTab<View>[] {
  const tabs: TabStripTab<View>[] = [
    { value: 'feed', label: strings.FeedTab },
    { value: 'groups', label: strings.GroupsTab }
  ];
  return canCurate ? [...tabs, { value: 'registry', label: strings.RegistryTab }] : tabs;
}

/** The interest-group feed web part: the merged feed of my groups, and the groups to browse and join. */
export function InterestGroupFeedRoot(props: IInterestGroupFeedWebPartProps): React.ReactElement {
  // The feed's first threads need the sanitiser, the virtualiser and the reaction toggles: their code loads while
  // the threads' data does (the calls are idempotent).
  preloadMessageSanitiser();
  void preloadVirtualizer();
  void loadReactionBar().catch(() => undefined);
  const styles = useStyles();
  const host = useHost();
  const services = useServices();
  const [view, setView] = React.useState<View>('feed');
  // A change to the registry reads the feed and the groups again when they show next.
  const [registryVersion, setRegistryVersion] = React.useState(0);
  const curator = useAsyncData(() => services.registry.canCurate(), [services]).state;
  const canCurate = curator.status === 'ready' && curator.data === true;
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
      <TabStrip<View> tabs={tabsFor(canCurate)} selectedValue={view} onSelect={setView} panelClassName={styles.panel}>
        {view === 'feed' && (
          <React.Suspense fallback={<LoadingState label={strings.LoadingFeed} />}>
            <FeedView key={registryVersion} source={source} link={linked} onFindGroups={() => setView('groups')} />
          </React.Suspense>
        )}
        {view !== 'feed' && (
          <React.Suspense fallback={<LoadingState label={strings.LoadingGroups} />}>
            {view === 'groups' && <GroupsPanel key={registryVersion} onOpenFeed={() => setView('feed')} />}
            {view === 'registry' && (
              <RegistryPanel registry={services.registry} onRegistryChanged={() => setRegistryVersion((n) => n + 1)} />
            )}
          </React.Suspense>
        )}
      </TabStrip>
    </section>
  );
}
