import * as React from 'react';
import { Combobox, Field, makeStyles, Option } from '@fluentui/react-components';
import type { DemoAccount } from '../emulatorControl';
import { useWorkbenchStrings } from '../strings';

export interface UserPickerProps {
  accounts: DemoAccount[];
  /** The signed-in user's UPN. */
  selected: string | undefined;
  selectedName: string | undefined;
  onSelect: (userPrincipalName: string) => void;
}

const useStyles = makeStyles({
  combobox: { minWidth: '220px' }
});

function describes(account: DemoAccount, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  return [account.displayName, account.userPrincipalName, account.jobTitle, account.department].some((value) =>
    value?.toLowerCase().includes(wanted)
  );
}

/** "Sign in as": the emulator's demo personas, searchable by name, UPN, job title or department. */
export function UserPicker({ accounts, selected, selectedName, onSelect }: UserPickerProps): React.ReactElement {
  const styles = useStyles();
  const strings = useWorkbenchStrings().userPicker;
  const [text, setText] = React.useState(selectedName ?? '');
  React.useEffect(() => setText(selectedName ?? ''), [selectedName]);
  const searching = text.trim() !== '' && text !== selectedName;
  const shown = searching ? accounts.filter((account) => describes(account, text)) : accounts;
  return (
    <Field label={strings.signInAs}>
      <Combobox
        className={styles.combobox}
        value={text}
        selectedOptions={selected ? [selected.toLowerCase()] : []}
        placeholder={strings.placeholder}
        onChange={(event) => setText(event.target.value)}
        onOpenChange={(_, data) => {
          if (!data.open) {
            setText(selectedName ?? '');
          }
        }}
        onOptionSelect={(_, data) => {
          if (data.optionValue) {
            onSelect(data.optionValue);
          }
        }}
      >
        {shown.map((account) => (
          <Option key={account.id} value={account.userPrincipalName.toLowerCase()} text={account.displayName}>
            {account.displayName}
            {account.jobTitle ? ` · ${account.jobTitle}` : ''}
          </Option>
        ))}
        {shown.length === 0 && (
          <Option disabled value="" text="">
            {strings.noMatch}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
