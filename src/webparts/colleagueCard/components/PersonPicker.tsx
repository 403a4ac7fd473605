import * as React from 'react';
import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import * as strings from 'ColleagueCardWebPartStrings';
import type { Person } from '../../../model/Person';
import type { ServiceError } from '../../../services/ServiceError';
import { useServices } from '../../../services/ServicesContext';
import { toServiceError } from '../../../services/toServiceError';
import { ErrorState } from '../../../components/states/ErrorState';
import { REQUIRED_PERMISSION } from '../../../components/states/permissions';

export interface PersonPickerProps {
  onPick: (person: Person) => void;
  /** Wait after the last keystroke before searching. */
  debounceMs?: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, maxWidth: '420px' },
  results: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  result: { justifyContent: 'flex-start', textAlign: 'left', width: '100%' },
  secondary: { color: tokens.colorNeutralForeground2 }
});

type Search = { status: 'idle' } | { status: 'searching' } | { status: 'done'; people: Person[] } | { status: 'error'; error: ServiceError };

/** Chooses a colleague by name through Graph user search. */
export function PersonPicker({ onPick, debounceMs = 300 }: PersonPickerProps): React.ReactElement {
  const styles = useStyles();
  const { people } = useServices();
  const [query, setQuery] = React.useState('');
  const [search, setSearch] = React.useState<Search>({ status: 'idle' });

  React.useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setSearch({ status: 'idle' });
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      setSearch({ status: 'searching' });
      people.searchPeople(text, 8).then(
        (found) => current && setSearch({ status: 'done', people: found }),
        async (error: unknown) => {
          const serviceError = await toServiceError(error);
          if (current) {
            setSearch({ status: 'error', error: serviceError });
          }
        }
      );
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [people, query, debounceMs]);

  return (
    <div className={styles.root}>
      <Field label={strings.ChoosePersonLabel}>
        <Input value={query} placeholder={strings.ChoosePersonPlaceholder} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      {search.status === 'searching' && <Spinner size="tiny" label={commonStrings.Loading} labelPosition="after" />}
      {search.status === 'error' && <ErrorState compact error={search.error} permission={REQUIRED_PERMISSION.search} />}
      {search.status === 'done' &&
        (search.people.length === 0 ? (
          <Text role="status">{strings.NoPeopleFound}</Text>
        ) : (
          <ul className={styles.results} aria-label={strings.ChoosePersonLabel}>
            {search.people.map((person) => (
              <li key={person.id}>
                <Button appearance="subtle" className={styles.result} onClick={() => onPick(person)}>
                  <span>
                    {person.displayName}
                    {person.jobTitle && <span className={styles.secondary}> · {person.jobTitle}</span>}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
