import * as React from 'react';
import { Button, Dropdown, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import type { KringLocale } from '../../../src/host/HostInfo';
import type { ThemeName } from '../../../src/host/themes';
import type { DemoAccount } from '../emulatorControl';
import { WEB_PARTS } from '../webParts';
import { HOST_THEMES, LOCALES, type WebPartId, type WorkbenchHostKind } from '../workbenchQuery';
import { UserPicker } from './UserPicker';

export const THEME_LABELS: Record<ThemeName, string> = {
  sharepointLight: 'SharePoint light',
  sharepointDark: 'SharePoint dark section',
  teamsLight: 'Teams light',
  teamsDark: 'Teams dark',
  teamsHighContrast: 'Teams high contrast'
};

const HOST_LABELS: Record<WorkbenchHostKind, string> = { sharepoint: 'SharePoint page', teams: 'Teams tab' };
const LOCALE_LABELS: Record<KringLocale, string> = { 'en-us': 'English', 'nl-nl': 'Nederlands' };

export interface TopBarProps {
  accounts: DemoAccount[];
  user: { userPrincipalName: string; displayName: string } | undefined;
  host: WorkbenchHostKind;
  theme: ThemeName;
  locale: KringLocale;
  webpart: WebPartId;
  emulatorPanelOpen: boolean;
  onUser: (userPrincipalName: string) => void;
  onHost: (host: WorkbenchHostKind) => void;
  onTheme: (theme: ThemeName) => void;
  onLocale: (locale: KringLocale) => void;
  onWebPart: (webpart: WebPartId) => void;
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
  dropdown: { minWidth: '150px' },
  end: { marginLeft: 'auto' }
});

function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  labels: (value: T) => string;
  onChange: (value: T) => void;
}): React.ReactElement {
  const styles = useStyles();
  return (
    <Field label={props.label}>
      <Dropdown
        className={styles.dropdown}
        value={props.labels(props.value)}
        selectedOptions={[props.value]}
        onOptionSelect={(_, data) => {
          const chosen = props.options.find((option) => option === data.optionValue);
          if (chosen && chosen !== props.value) {
            props.onChange(chosen);
          }
        }}
      >
        {props.options.map((option) => (
          <Option key={option} value={option}>
            {props.labels(option)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** The workbench's top bar: who is signed in, which host, theme and language, and (in Teams) which web part. */
export function TopBar(props: TopBarProps): React.ReactElement {
  const styles = useStyles();
  return (
    <header className={styles.bar} data-workbench-chrome="top-bar">
      <Text as="h1" size={400} className={styles.brand}>
        Kring workbench
      </Text>
      <UserPicker
        accounts={props.accounts}
        selected={props.user?.userPrincipalName}
        selectedName={props.user?.displayName}
        onSelect={props.onUser}
      />
      <Choice label="Host" value={props.host} options={['sharepoint', 'teams'] as const} labels={(host) => HOST_LABELS[host]} onChange={props.onHost} />
      <Choice label="Theme" value={props.theme} options={HOST_THEMES[props.host]} labels={(theme) => THEME_LABELS[theme]} onChange={props.onTheme} />
      <Choice label="Language" value={props.locale} options={LOCALES} labels={(locale) => LOCALE_LABELS[locale]} onChange={props.onLocale} />
      {props.host === 'teams' && (
        <Choice
          label="Web part"
          value={props.webpart}
          options={WEB_PARTS.map((part) => part.id)}
          labels={(id) => WEB_PARTS.find((part) => part.id === id)?.title('en-us') ?? id}
          onChange={props.onWebPart}
        />
      )}
      <Button className={styles.end} aria-expanded={props.emulatorPanelOpen} aria-controls="workbench-emulator-panel" onClick={props.onToggleEmulatorPanel}>
        Emulator panel
      </Button>
    </header>
  );
}
