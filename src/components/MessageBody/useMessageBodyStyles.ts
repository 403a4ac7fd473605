import { makeStyles, tokens } from '@fluentui/react-components';

const block = { marginTop: '0', marginBottom: tokens.spacingVerticalS };

export const useMessageBodyStyles = makeStyles({
  root: {
    overflowWrap: 'anywhere',
    '& p, & ul, & ol, & pre, & blockquote, & table': block,
    '& > :last-child': { marginBottom: 0 },
    '& ul, & ol': { paddingLeft: tokens.spacingHorizontalXXL },
    '& blockquote': {
      marginLeft: 0,
      marginRight: 0,
      paddingLeft: tokens.spacingHorizontalM,
      borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
      color: tokens.colorNeutralForeground2
    },
    '& pre, & code': { fontFamily: tokens.fontFamilyMonospace },
    '& pre': {
      padding: tokens.spacingHorizontalS,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorNeutralBackground3,
      whiteSpace: 'pre-wrap'
    },
    // A wide table scrolls inside the message instead of widening the feed.
    '& table': { display: 'block', maxWidth: '100%', overflowX: 'auto', borderCollapse: 'collapse' },
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'start',
      verticalAlign: 'top'
    },
    '& hr': { border: 'none', borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` }
  },
  // One line of text to come, drawn like Fluent's Skeleton.
  placeholder: {
    display: 'block',
    width: '60%',
    height: tokens.lineHeightBase300,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralStencil1,
    '@media (forced-colors: active)': { backgroundColor: 'GrayText' }
  },
  mention: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  attachments: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS
  }
});
