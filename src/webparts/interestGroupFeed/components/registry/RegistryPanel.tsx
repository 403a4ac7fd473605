import type * as React from 'react';
import type { RegistryPanelProps } from './RegistryPanel.types';
import { renderRegistryPanel } from './renderRegistryPanel';
import { useRegistryPanel } from './useRegistryPanel';
import { useRegistryPanelStyles } from './useRegistryPanelStyles';

export type { RegistryPanelProps } from './RegistryPanel.types';

/**
 * For those who may edit the registry list: its problems with a fix each, the interest groups to edit or remove,
 * a picker to add a Microsoft 365 group, and the job-title map. Renders nothing for anyone else.
 */
export function RegistryPanel(props: RegistryPanelProps & { debounceMs?: number }): React.ReactElement | null {
  const state = useRegistryPanel(props);
  const styles = useRegistryPanelStyles();
  return renderRegistryPanel(state, styles, props.debounceMs);
}
