import * as React from 'react';
import type { MentionKey, RichTextEditorHandle } from '../../../../components/RichTextEditor/RichTextEditor.types';
import type { Person } from '../../../../model/Person';
import type { ComposerState } from './Composer.types';
import { useMentionSuggestions } from './useMentionSuggestions';

type MentionPickingState = Pick<ComposerState, 'mention' | 'onMentionQuery' | 'onMentionKey'>;

/** The "@" being typed, the people it may mean, the one the arrow keys point at, and picking one. */
export function useMentionPicking(
  groupId: string | undefined,
  editorRef: React.RefObject<RichTextEditorHandle>,
  listId: string
): MentionPickingState {
  const [query, setQuery] = React.useState<string | undefined>(undefined);
  const [activeIndex, setActiveIndex] = React.useState(0);
  const suggestions = useMentionSuggestions(groupId, query);
  const memberIds = suggestions.memberIds;
  const people = suggestions.people;
  const active = Math.min(activeIndex, Math.max(people.length - 1, 0));
  const pick = React.useCallback(
    (person: Person) => {
      editorRef.current?.insertMention({ id: person.id, displayName: person.displayName });
      setQuery(undefined);
    },
    [editorRef]
  );
  const onMentionQuery = React.useCallback((next: { query: string } | undefined) => {
    setQuery(next?.query);
    setActiveIndex(0);
  }, []);
  const onMentionKey = (key: MentionKey): boolean => {
    if (query === undefined) return false;
    if (key === 'Escape') {
      setQuery(undefined);
      return true;
    }
    if (people.length === 0) return false;
    if (key === 'Enter' || key === 'Tab') {
      pick(people[active]);
    } else {
      const step = key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((active + step + people.length) % people.length);
    }
    return true;
  };
  const mention = { query, people, memberIds, activeIndex: active, searching: suggestions.searching, listId };
  return { mention: { ...mention, optionId: (index) => `${listId}-${index}`, pick }, onMentionQuery, onMentionKey };
}
