import type * as React from 'react';
import type { KringLocale } from '../../host/HostInfo';

export interface TagListProps {
  label: string;
  tags: readonly string[];
  /** Makes each label a link, e.g. to a directory search for it. */
  href?: (tag: string) => string;
  /** Shows vocabulary labels in this language (someone else's card); the text as typed stays in the title. */
  locale?: KringLocale;
}

export interface TagListItem {
  /** The label exactly as the person typed it. */
  tag: string;
  text: string;
  /** The typed text, when it is shown in another language. */
  title: string | undefined;
  href: string | undefined;
}

export interface TagListState {
  label: string;
  /** Linked labels form a toolbar (one tab stop, arrow keys between links); plain labels a list. */
  linked: boolean;
  items: TagListItem[];
  /** The link that takes the toolbar's one tab stop. */
  tabStop: number;
  onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: React.FocusEvent<HTMLElement>) => void;
}
