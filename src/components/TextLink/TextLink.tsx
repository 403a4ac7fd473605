import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useTextLinkStyles } from './useTextLinkStyles';

export type TextLinkProps = React.AnchorHTMLAttributes<HTMLAnchorElement> & {
  /** Inside running text: inherits the text's size and stays underlined. */
  inline?: boolean;
};

/**
 * A link in text, drawn like Fluent's Link. Without an address it is a button (it opens something in place), as
 * Fluent's Link is. Kring's own because every web part shows links at first paint and Fluent's Link costs more than
 * an anchor needs.
 */
export const TextLink = React.forwardRef<HTMLAnchorElement | HTMLButtonElement, TextLinkProps>(function TextLink(
  { inline, className, href, ...rest },
  ref
) {
  const styles = useTextLinkStyles();
  const classes = mergeClasses('kring-TextLink', styles.root, inline && styles.inline, className);
  if (href === undefined) {
    const buttonProps = rest as React.ButtonHTMLAttributes<HTMLButtonElement>;
    return <button {...buttonProps} type="button" ref={ref as React.Ref<HTMLButtonElement>} className={classes} />;
  }
  return <a {...rest} href={href} ref={ref as React.Ref<HTMLAnchorElement>} className={classes} />;
});
