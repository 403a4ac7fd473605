import { makeStyles, tokens } from '@fluentui/react-components';
import { EMOJI_FONT } from './useReactionBarStyles';

export const useReactionPopupStyles = makeStyles({
  who: {
    maxWidth: '280px',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS
  },
  picker: {
    padding: tokens.spacingHorizontalXS
  },
  choices: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXXS
  },
  emoji: {
    fontFamily: EMOJI_FONT
  },
  choice: {
    minWidth: '36px',
    fontFamily: EMOJI_FONT,
    fontSize: tokens.fontSizeBase500,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS
  },
  chosen: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    '@media (forced-colors: active)': {
      borderTopColor: 'Highlight',
      borderRightColor: 'Highlight',
      borderBottomColor: 'Highlight',
      borderLeftColor: 'Highlight'
    }
  }
});
