import { makeStyles, tokens } from '@fluentui/react-components';

export const useHostedImageStyles = makeStyles({
  image: { maxWidth: '100%', height: 'auto', verticalAlign: 'middle', borderRadius: tokens.borderRadiusMedium },
  placeholder: {
    display: 'inline-block',
    maxWidth: '100%',
    verticalAlign: 'middle',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3
  },
  failed: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3
  },
  icon: { flexShrink: 0 }
});
