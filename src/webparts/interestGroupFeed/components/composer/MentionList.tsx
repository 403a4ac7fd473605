import * as React from 'react';
import { Persona, mergeClasses } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { initials } from '../../../../components/Person/initials';
import { secondaryText } from '../../../../components/PersonPicker/personOptionText';
import { format } from '../feed/formatText';
import type { MentionPicking } from './Composer.types';
import { useComposerStyles } from './useComposerStyles';

/**
 * The people "@…" may mean, under the text field: the group's members first. The text field keeps the focus and
 * points at the active option (`aria-activedescendant`); a click picks without taking the focus away.
 */
export function MentionList({ mention }: { mention: MentionPicking }): React.ReactElement | null {
  const styles = useComposerStyles();
  if (mention.query === undefined) return null;
  return (
    <ul id={mention.listId} role="listbox" aria-label={strings.ComposerMentionsLabel} className={styles.mentions}>
      {mention.people.map((person, index) => (
        <li
          key={person.id}
          id={mention.optionId(index)}
          role="option"
          aria-selected={index === mention.activeIndex}
          className={mergeClasses(styles.mentionOption, index === mention.activeIndex && styles.mentionActive)}
          onMouseDown={(event) => {
            event.preventDefault();
            mention.pick(person);
          }}
        >
          <Persona
            size="small"
            name={person.displayName}
            secondaryText={
              mention.memberIds.has(person.id)
                ? [strings.ComposerMentionMember, secondaryText(person)].filter(Boolean).join(' · ')
                : secondaryText(person)
            }
            avatar={{ 'aria-hidden': true, initials: initials(person.displayName) }}
          />
        </li>
      ))}
      {mention.people.length === 0 && (
        <li role="presentation" className={styles.mentionNote}>
          {mention.searching ? strings.ComposerMentionSearching : format(strings.ComposerMentionNone, mention.query)}
        </li>
      )}
    </ul>
  );
}
