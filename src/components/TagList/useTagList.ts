import { labelFor } from '../../model/skillLanguage';
import type { TagListProps, TagListState } from './TagList.types';
import { useToolbarNavigation } from './useToolbarNavigation';

export function useTagList({ label, tags, href, locale }: TagListProps): TagListState {
  const navigation = useToolbarNavigation();
  return {
    label,
    linked: href !== undefined,
    items: tags.map((tag) => {
      const text = locale ? labelFor(tag, locale) : tag;
      return { tag, text, title: text === tag ? undefined : tag, href: href?.(tag) };
    }),
    tabStop: Math.min(navigation.current, tags.length - 1),
    onKeyDown: navigation.onKeyDown,
    onFocus: navigation.onFocus
  };
}
