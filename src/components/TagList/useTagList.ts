import { labelFor } from '../../model/skillLanguage';
import type { TagListProps, TagListState } from './TagList.types';

export function useTagList({ label, tags, href, locale }: TagListProps): TagListState {
  return {
    label,
    linked: href !== undefined,
    items: tags.map((tag) => {
      const text = locale ? labelFor(tag, locale) : tag;
      return { tag, text, title: text === tag ? undefined : tag, href: href?.(tag) };
    })
  };
}
