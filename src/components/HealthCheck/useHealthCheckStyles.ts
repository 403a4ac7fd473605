import { makeStyles, tokens } from '@fluentui/react-components';

export const useHealthCheckStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS
  },
  // Long URLs and commands wrap inside a narrow column instead of widening it.
  detail: { overflowWrap: 'anywhere' },
  command: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap'
  }
});

export type HealthCheckStyles = ReturnType<typeof useHealthCheckStyles>;
