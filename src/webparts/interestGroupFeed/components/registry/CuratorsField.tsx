import * as React from 'react';
import { Button, Text, useId } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { Person } from '../../../../components/Person/Person';
import { PersonPicker } from '../../../../components/PersonPicker/PersonPicker';
import type { Person as PersonModel } from '../../../../model/Person';
import type { RegistryPanelStyles } from './useRegistryPanelStyles';

export interface CuratorsFieldProps {
  curators: PersonModel[];
  onChange: (curators: PersonModel[]) => void;
  styles: RegistryPanelStyles;
}

/** The group's curators: each with a remove button, and the shared people picker to add one. */
export function CuratorsField({ curators, onChange, styles }: CuratorsFieldProps): React.ReactElement {
  const labelId = useId('registry-curators-');
  // A new picker after each pick, so its text starts empty for the next colleague.
  const [picks, setPicks] = React.useState(0);
  const add = (person: PersonModel): void => {
    if (!curators.some((curator) => curator.id.toLowerCase() === person.id.toLowerCase())) {
      onChange([...curators, person]);
    }
    setPicks((n) => n + 1);
  };
  return (
    <div className={styles.form} role="group" aria-labelledby={labelId}>
      <Text id={labelId} weight="semibold">
        {strings.RegistryCurators}
      </Text>
      {curators.length === 0 ? (
        <Text className={styles.muted}>{strings.RegistryNoCurators}</Text>
      ) : (
        <ul className={styles.people} aria-labelledby={labelId}>
          {curators.map((curator) => (
            <li key={curator.id} className={styles.person}>
              <Person person={curator} showSecondaryText={false} showPresence={false} hoverCard={false} />
              <Button
                appearance="subtle"
                size="small"
                icon={<Dismiss16Regular />}
                aria-label={strings.RegistryRemoveCurator.replace('{0}', curator.displayName)}
                onClick={() => onChange(curators.filter((other) => other.id !== curator.id))}
              />
            </li>
          ))}
        </ul>
      )}
      <PersonPicker key={picks} label={strings.RegistryAddCurator} onPick={add} />
    </div>
  );
}
