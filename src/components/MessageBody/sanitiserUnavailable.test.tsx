import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MessageBody } from './MessageBody';

// The sanitiser's chunk cannot be loaded (the network that failed it may fail other requests too).
jest.mock('./sanitisedCache', () => {
  throw new Error('Loading chunk kring-message-sanitiser failed');
});

const HOSTILE =
  '<p>Rooster <b>week 3</b></p><p>Zie <a href="javascript:alert(1)">hier</a></p>' +
  '<img src="x" onerror="alert(2)"><style>p { color: red }</style><script>alert(3)</script>';

describe('MessageBody without its sanitiser', () => {
  it("shows an HTML body's words as text, and none of its elements", async () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <MessageBody html={HOSTILE} isHtml mentions={[]} attachments={[]} />
      </FluentProvider>
    );

    const text = await screen.findByText('Rooster week 3 Zie hier');
    expect(text.tagName).toBe('P');
    expect(text.childElementCount).toBe(0);
    expect(container.querySelector('b, a, img, style, script')).toBeNull();
    expect(container).not.toHaveTextContent('alert');
    expect(container).not.toHaveTextContent('color: red');
  });
});
