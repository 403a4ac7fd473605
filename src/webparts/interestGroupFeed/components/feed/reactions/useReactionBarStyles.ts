import { makeStyles, tokens } from '@fluentui/react-components';
import type { usePostCardStyles } from '../usePostCardStyles';
import { visuallyHidden } from '../../../../../components/styles/visuallyHidden';

/** Colour emoji wherever the system has them, rather than a text font's outline of some of them. */
export const EMOJI_FONT = '"Segoe UI Emoji", "Apple Color Emoji", "Noto Color Emoji", sans-serif';

const borderWidth = (width: string): Record<string, string> => ({
  borderTopWidth: width,
  borderRightWidth: width,
  borderBottomWidth: width,
  borderLeftWidth: width
});
const borderColor = (color: string): Record<string, string> => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color
});

// Mine stands out by more than colour, for high-contrast themes: a thicker border and a bold count. The padding
// gives back the border's extra width, so a reaction keeps its size when it becomes mine.
export const useReactionBarStyles = makeStyles({
  reaction: {
    minWidth: 'auto',
    columnGap: tokens.spacingHorizontalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    ...borderWidth(tokens.strokeWidthThin),
    fontWeight: tokens.fontWeightRegular
  },
  mine: {
    paddingLeft: `calc(${tokens.spacingHorizontalS} - 1px)`,
    paddingRight: `calc(${tokens.spacingHorizontalS} - 1px)`,
    ...borderWidth(tokens.strokeWidthThick),
    ...borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightBold,
    ':hover': {
      ...borderColor(tokens.colorBrandStroke1),
      backgroundColor: tokens.colorBrandBackground2Hover,
      color: tokens.colorNeutralForeground1
    },
    ':hover:active': {
      ...borderColor(tokens.colorBrandStroke1),
      backgroundColor: tokens.colorBrandBackground2Pressed,
      color: tokens.colorNeutralForeground1
    },
    '@media (forced-colors: active)': {
      ...borderColor('Highlight'),
      ':hover': borderColor('Highlight')
    }
  },
  emoji: {
    fontFamily: EMOJI_FONT,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase200
  },
  add: {
    minWidth: 'auto'
  },
  hidden: visuallyHidden,
  failure: {
    flexBasis: '100%',
    color: tokens.colorStatusDangerForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200
  }
});

/** The toggles' own classes, and the layout they share with the counts shown until they load. */
export type ReactionBarStyles = ReturnType<typeof useReactionBarStyles> &
  Pick<ReturnType<typeof usePostCardStyles>, 'reactionBar' | 'reactions'>;
