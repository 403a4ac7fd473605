import { makeStyles, tokens } from '@fluentui/react-components';

// Drawn like Fluent's default Link: brand colour, underlined on hover, a double underline as the focus mark.
export const useTextLinkStyles = makeStyles({
  root: {
    color: tokens.colorBrandForegroundLink,
    backgroundColor: 'transparent',
    border: 'none',
    padding: 0,
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'left',
    textDecorationLine: 'none',
    textDecorationThickness: tokens.strokeWidthThin,
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    outlineStyle: 'none',
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: 'underline' },
    ':active': { color: tokens.colorBrandForegroundLinkPressed, textDecorationLine: 'underline' },
    ':focus-visible': {
      textDecorationLine: 'underline',
      textDecorationStyle: 'double',
      textDecorationColor: tokens.colorStrokeFocus2
    },
    '@media (forced-colors: active)': { color: 'LinkText' }
  },
  inline: { fontSize: 'inherit', textDecorationLine: 'underline' }
});
