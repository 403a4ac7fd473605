import type * as React from 'react';
import type { GroupsPanelProps } from './GroupsPanel.types';
import { renderGroupsPanel } from './renderGroupsPanel';
import { useGroupsPanel } from './useGroupsPanel';
import { useGroupsPanelStyles } from './useGroupsPanelStyles';

export type { GroupsPanelProps } from './GroupsPanel.types';

/** The Groups tab: groups suggested for me, then every interest group of the registry to search and filter. */
export function GroupsPanel(props: GroupsPanelProps): React.ReactElement {
  const state = useGroupsPanel(props);
  const styles = useGroupsPanelStyles();
  return renderGroupsPanel(state, styles);
}
