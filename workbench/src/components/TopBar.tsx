import * as React from 'react';
import { Button, makeStyles, Text, ToggleButton, tokens } from '@fluentui/react-components';
import type { DemoAccount } from '../emulatorControl';
import { LOCALE_NAMES, useWorkbenchStrings } from '../strings';
import { WEB_PARTS } from '../webParts';
import {
  CANVAS_LAYOUTS,
  HOST_THEMES,
  LOCALES,
  teamsWebPart,
  withHost,
  type WebPartId,
  type WorkbenchHostKind,
  type WorkbenchQuery
} from '../workbenchQuery';
import { ChoiceField } from './ChoiceField';
import { UserPicker } from './UserPicker';

const HOSTS: readonly WorkbenchHostKind[] = ['sharepoint', 'teams'];
const WEB_PART_IDS: readonly WebPartId[] = WEB_PARTS.map((part) => part.id);

export interface TopBarProps {
  accounts: DemoAccount[];
  user: { userPrincipalName: string; displayName: string } | undefined;
  query: WorkbenchQuery;
  emulatorPanelOpen: boolean;
  /** A choice made in the bar, as the view it asks for. */
  onQuery: (next: WorkbenchQuery) => void;
  onToggleEmulatorPanel: () => void;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`
  },
  brand: { alignSelf: 'center', fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalM },
  end: { marginLeft: 'auto' }
});

/** The page's section layout on a SharePoint page; the web part the tab shows in Teams. */
function ViewChoice({ query, onQuery }: Pick<TopBarProps, 'query' | 'onQuery'>): React.ReactElement {
  const { locale, topBar: strings } = useWorkbenchStrings();
  if (query.host === 'sharepoint') {
    return (
      <ChoiceField
        label={strings.layout}
        value={query.layout}
        options={CANVAS_LAYOUTS}
        labels={(layout) => strings.layouts[layout]}
        onChange={(layout) => onQuery({ ...query, layout })}
      />
    );
  }
  return (
    <ChoiceField
      label={strings.webPart}
      value={teamsWebPart(query)}
      options={WEB_PART_IDS}
      labels={(id) => WEB_PARTS.find((part) => part.id === id)?.title(locale) ?? id}
      onChange={(webpart) => onQuery({ ...query, webpart, props: {} })}
    />
  );
}

/** The workbench's top bar: who is signed in, which host, theme and language, and what the host shows. */
export function TopBar({
  accounts,
  user,
  query,
  emulatorPanelOpen,
  onQuery,
  onToggleEmulatorPanel
}: TopBarProps): React.ReactElement {
  const styles = useStyles();
  const strings = useWorkbenchStrings().topBar;
  return (
    <header className={styles.bar} data-workbench-chrome="top-bar">
      <Text as="h1" size={400} className={styles.brand}>
        {strings.brand}
      </Text>
      <UserPicker
        accounts={accounts}
        selected={user?.userPrincipalName}
        selectedName={user?.displayName}
        onSelect={(upn) => onQuery({ ...query, user: upn })}
      />
      <ChoiceField
        label={strings.host}
        value={query.host}
        options={HOSTS}
        labels={(host) => strings.hosts[host]}
        onChange={(host) => onQuery(withHost(query, host))}
      />
      <ChoiceField
        label={strings.theme}
        value={query.theme}
        options={HOST_THEMES[query.host]}
        labels={(theme) => strings.themes[theme]}
        onChange={(theme) => onQuery({ ...query, theme })}
      />
      <ChoiceField
        label={strings.language}
        value={query.locale}
        options={LOCALES}
        labels={(locale) => LOCALE_NAMES[locale]}
        onChange={(locale) => onQuery({ ...query, locale })}
      />
      <ViewChoice query={query} onQuery={onQuery} />
      <ToggleButton
        checked={query.mode === 'edit'}
        onClick={() => onQuery({ ...query, mode: query.mode === 'edit' ? undefined : 'edit' })}
      >
        {strings.editPage}
      </ToggleButton>
      <Button
        className={styles.end}
        aria-expanded={emulatorPanelOpen}
        aria-controls="workbench-emulator-panel"
        onClick={onToggleEmulatorPanel}
      >
        {strings.emulatorPanel}
      </Button>
    </header>
  );
}
