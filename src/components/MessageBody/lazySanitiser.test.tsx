import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Attachment } from '../../model/feed/Post';
import { MessageBody } from './MessageBody';
import type { MessageBodyProps } from './MessageBody.types';
import { loadedSanitiser } from './sanitiserLoader';

const HOSTILE = '<p>Rooster <b>week 3</b></p><img src="x" onerror="alert(1)"><script>alert(2)</script>';
const GUIDE: Attachment = {
  id: '1f425ba8',
  kind: 'file',
  name: 'Stagehandleiding.pdf',
  url: 'https://intranet.hogeschool.example/Stagehandleiding.pdf',
  contentType: 'reference'
};

function renderBody(props: Partial<MessageBodyProps> & Pick<MessageBodyProps, 'html'>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessageBody isHtml mentions={[]} attachments={[]} {...props} />
    </FluentProvider>
  );
}

describe('MessageBody before the sanitiser has loaded', () => {
  it('shows a plain-text body at once, as text', () => {
    const { container } = renderBody({ html: 'eerste regel\n<b>tweede</b>', isHtml: false });
    expect(loadedSanitiser()).toBeUndefined();
    expect(container.querySelector('[aria-busy]')).toBeNull();
    expect(container.querySelectorAll('br')).toHaveLength(1);
    expect(container.querySelector('b')).toBeNull();
    expect(container).toHaveTextContent('eerste regel<b>tweede</b>');
  });

  it('shows a busy placeholder and none of the HTML, then the sanitised body', async () => {
    expect(loadedSanitiser()).toBeUndefined();
    const { container } = renderBody({
      html: `${HOSTILE}<attachment id="${GUIDE.id}"></attachment>`,
      attachments: [GUIDE]
    });

    const body = container.querySelector('[aria-busy="true"]');
    expect(body).not.toBeNull();
    expect(body).toHaveTextContent('');
    expect(container.querySelector('p, b, img, script')).toBeNull();
    expect(screen.queryByText('Stagehandleiding.pdf')).toBeNull();

    expect(await screen.findByText('week 3')).toBeInTheDocument();
    expect(screen.getByText('week 3').tagName).toBe('B');
    expect(container.querySelector('[aria-busy]')).toBeNull();
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText('Stagehandleiding.pdf')).toBeInTheDocument();
  });
});
