import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../../components/styles/visuallyHidden';

export const useComposerStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    minWidth: 0
  },
  reply: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2
  },
  where: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS
  },
  group: { minWidth: '12em', flexGrow: 1, flexBasis: '12em' },
  subject: { flexGrow: 2, flexBasis: '16em', minWidth: 0 },
  editorArea: { position: 'relative', minWidth: 0 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS
  },
  grow: { flexGrow: 1 },
  hint: { color: tokens.colorNeutralForeground3 },
  problems: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    color: tokens.colorPaletteRedForeground1
  },
  visuallyHidden: visuallyHidden,
  mentions: {
    position: 'absolute',
    zIndex: 10,
    left: 0,
    right: 0,
    top: '100%',
    maxHeight: '18em',
    overflowY: 'auto',
    margin: 0,
    padding: tokens.spacingVerticalXS,
    listStyleType: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1)
  },
  mentionOption: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    cursor: 'pointer',
    // The text takes the colours that go with the hover and selected backgrounds (in high contrast those are
    // light, and the Persona's own white text on them would not be readable).
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      '& .fui-Persona__primaryText': { color: tokens.colorNeutralForeground1Hover },
      '& .fui-Persona__secondaryText': { color: tokens.colorNeutralForeground2Hover }
    }
  },
  mentionActive: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `-${tokens.strokeWidthThick}`,
    '& .fui-Persona__primaryText, &:hover .fui-Persona__primaryText': { color: tokens.colorNeutralForeground1Selected },
    '& .fui-Persona__secondaryText, &:hover .fui-Persona__secondaryText': {
      color: tokens.colorNeutralForeground2Selected
    }
  },
  mentionNote: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3
  }
});

export type ComposerStyles = ReturnType<typeof useComposerStyles>;
