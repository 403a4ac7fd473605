import * as React from 'react';
import * as commonStrings from 'KringCommonStrings';
import { ImageOffRegular } from '@fluentui/react-icons';
import type { LoadHostedImage } from './MessageBody.types';
import { hostedImageFailedText, useHostedImage } from './useHostedImage';
import { useHostedImageStyles } from './useHostedImageStyles';

export interface HostedImageProps {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  load: LoadHostedImage | undefined;
}

const PLACEHOLDER_WIDTH = 200;
const PLACEHOLDER_HEIGHT = 120;

function placeholderSize(width: number | undefined, height: number | undefined): React.CSSProperties {
  const w = width ?? PLACEHOLDER_WIDTH;
  const h = height ?? (width ? w : PLACEHOLDER_HEIGHT);
  return { width: `${w}px`, aspectRatio: `${w} / ${h}` };
}

/** An image hosted with a message: a box of its size while it loads, then the image, or a line saying it failed. */
export function HostedImage({ src, alt, width, height, load }: HostedImageProps): React.ReactElement {
  const image = useHostedImage(src, load);
  const styles = useHostedImageStyles();
  if (image.status === 'ready') {
    return <img className={styles.image} src={image.url} alt={alt} width={width} height={height} />;
  }
  if (image.status === 'failed') {
    return (
      <span className={styles.failed}>
        <ImageOffRegular aria-hidden className={styles.icon} />
        {hostedImageFailedText(alt)}
      </span>
    );
  }
  return (
    <span
      role="img"
      aria-label={commonStrings.MessageImageLoading}
      className={styles.placeholder}
      style={placeholderSize(width, height)}
    />
  );
}
