import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Attachment, Mention } from '../../model/feed/Post';
import { MessageBody } from './MessageBody';
import type { MessageBodyProps } from './MessageBody.types';
import { loadSanitiser } from './sanitiserLoader';

const GRAPH = 'http://localhost:4601';
const IMAGE_SRC = `${GRAPH}/v1.0/teams/3a25/channels/19:f6d5@thread.tacv2/messages/1786942895414/hostedContents/aWQ9eF8w/$value`;
const FINN: Mention = {
  id: 0,
  text: 'Finn van de Brink',
  person: { id: '3ea2', displayName: 'Finn van de Brink' }
};
const GUIDE: Attachment = {
  id: '1f425ba8-da9f-4ad7-8d96-8bbb0f027b08',
  kind: 'file',
  name: 'Stagehandleiding.pdf',
  url: 'https://intranet.hogeschool.example/sites/intranet/Gedeelde%20documenten/Stagehandleiding.pdf',
  contentType: 'reference'
};

function renderBody(props: Partial<MessageBodyProps> & Pick<MessageBodyProps, 'html'>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessageBody isHtml mentions={[]} attachments={[]} graphOrigin={GRAPH} {...props} />
    </FluentProvider>
  );
}

const revokeObjectURL = jest.fn();

// These tests are about bodies once the sanitiser's code is there; lazySanitiser.test.tsx covers the wait for it.
beforeAll(() => loadSanitiser());

beforeEach(() => {
  revokeObjectURL.mockReset();
  Object.defineProperty(URL, 'revokeObjectURL', { value: revokeObjectURL, configurable: true, writable: true });
});

describe('MessageBody mentions', () => {
  const html = '<p><at id="0">Finn van de Brink</at> weet hier veel van, misschien kan die helpen?</p>';

  it('renders a mention with renderMention', () => {
    renderBody({
      html,
      mentions: [FINN],
      renderMention: (mention) => <button type="button">{`@${mention.person?.displayName}`}</button>
    });

    expect(screen.getByRole('button', { name: '@Finn van de Brink' })).toBeInTheDocument();
    expect(screen.getByText(/weet hier veel van/)).toBeInTheDocument();
  });

  it('shows a mention as its text by default, and an unknown mention as plain text', () => {
    const { container } = renderBody({ html: `${html}<p><at id="7">Iemand</at></p>`, mentions: [FINN] });

    expect(screen.getByText('Finn van de Brink').tagName).toBe('SPAN');
    expect(container.querySelectorAll('p')[1].innerHTML).toBe('Iemand');
  });
});

describe('MessageBody attachments', () => {
  it('shows a referenced file as a card whose link opens safely in a new tab', () => {
    renderBody({ html: `<p>Interessant artikel.</p><attachment id="${GUIDE.id}"></attachment>`, attachments: [GUIDE] });

    const link = screen.getByRole('link', { name: 'Stagehandleiding.pdf' });
    expect(link).toHaveAttribute('href', GUIDE.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('shows another kind of attachment by name only, and nothing for an unknown id', () => {
    const card: Attachment = { id: 'c1', kind: 'other', name: 'Adaptive card', contentType: 'application/vnd.card' };
    renderBody({
      html: '<attachment id="c1"></attachment><attachment id="missing"></attachment>',
      attachments: [card]
    });

    expect(screen.getByText('Adaptive card')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByText('missing')).not.toBeInTheDocument();
  });

  it('does not link a file whose address is not a web address', () => {
    renderBody({ html: '<p>x</p>', attachments: [{ ...GUIDE, url: 'javascript:alert(1)' }] });

    expect(screen.getByText('Stagehandleiding.pdf')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows attachments the body does not reference after the body', () => {
    const other: Attachment = { ...GUIDE, id: 'a2', name: 'Rooster.xlsx' };
    renderBody({ html: `<p>Zie bijlagen.</p><attachment id="${GUIDE.id}"></attachment>`, attachments: [GUIDE, other] });

    const text = screen.getByText('Zie bijlagen.');
    const appended = screen.getByRole('link', { name: 'Rooster.xlsx' });
    expect(text.compareDocumentPosition(appended) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Stagehandleiding.pdf' })).toHaveLength(1);
  });

  it('renders attachments with renderAttachment when given', () => {
    renderBody({ html: '<p>x</p>', attachments: [GUIDE], renderAttachment: (a) => <em>{`file ${a.name}`}</em> });

    expect(screen.getByText('file Stagehandleiding.pdf')).toBeInTheDocument();
  });
});

describe('MessageBody hosted images', () => {
  const html = `<p>Zo zag de verdeling eruit.</p><p><img src="${IMAGE_SRC}" width="200" height="120" alt="image"></p>`;

  it('shows a placeholder, then the image loadHostedImage returns, and revokes it on unmount', async () => {
    const loadHostedImage = jest.fn().mockResolvedValue('blob:http://localhost/1');
    const { unmount } = renderBody({ html, loadHostedImage });

    expect(screen.getByRole('img', { name: 'Loading image…' })).toBeInTheDocument();
    const image = await screen.findByRole('img', { name: 'image' });
    expect(image).toHaveAttribute('src', 'blob:http://localhost/1');
    expect(image).toHaveAttribute('width', '200');
    expect(loadHostedImage).toHaveBeenCalledWith(IMAGE_SRC);

    unmount();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1');
  });

  it('revokes an image that arrives after the body is gone', async () => {
    let resolve: (url: string) => void = () => undefined;
    const loadHostedImage = jest.fn(() => new Promise<string>((done) => (resolve = done)));
    const { unmount } = renderBody({ html, loadHostedImage });
    await act(async () => undefined);

    unmount();
    await act(async () => resolve('blob:http://localhost/2'));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/2');
  });

  it('says so when an image cannot be loaded, with its alt text when that says something', async () => {
    const loadHostedImage = jest.fn().mockRejectedValue(new Error('403'));
    renderBody({ html: `${html}<img src="${IMAGE_SRC}" alt="Verdeling per opleiding">`, loadHostedImage });

    expect(await screen.findByText('Image could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('Image could not be loaded: Verdeling per opleiding')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows an image as not loaded without a loader, and loads nothing from another origin', () => {
    const loadHostedImage = jest.fn().mockResolvedValue('blob:x');
    renderBody({ html });
    expect(screen.getByText('Image could not be loaded')).toBeInTheDocument();

    renderBody({ html, graphOrigin: 'https://graph.microsoft.com', loadHostedImage });
    expect(loadHostedImage).not.toHaveBeenCalled();
  });
});

describe('MessageBody with hostile HTML', () => {
  const hostile = [
    '<p onclick="alert(1)" style="color:red">tekst <b onmouseover="alert(1)">vet</b></p>',
    '<script>alert(1)</script><style>*{}</style><iframe src="https://evil.example"></iframe>',
    '<img src=x onerror=alert(1)><img src="https://evil.example/x.png" alt="pixel">',
    '<a href="javascript:alert(1)">een</a><a href="  JaVaScRiPt:alert(1)">twee</a>',
    '<a href="&#106;avascript&colon;alert(1)">drie</a><a href="https://ok.example" onfocus="alert(1)">vier</a>',
    '<svg><script>alert(1)</script></svg><form action="https://evil.example"><input><button formaction="javascript:x">knop</button></form>',
    '<at id="0" onclick="alert(1)">Finn van de Brink</at><attachment id="x" onload="alert(1)"></attachment>'
  ].join('');

  it('renders no handler, no script URL and no active element', () => {
    const { container } = renderBody({ html: hostile, mentions: [FINN] });
    const elements = Array.from(container.querySelectorAll('*'));

    const handlers = elements.flatMap((e) => e.getAttributeNames().filter((name) => name.startsWith('on')));
    const urls = elements.flatMap((e) => ['href', 'src', 'action', 'formaction'].map((name) => e.getAttribute(name)));
    expect(handlers).toEqual([]);
    expect(urls.filter((url) => url !== null && !/^https:\/\/ok\.example\/?$/.test(url))).toEqual([]);
    expect(container.querySelector('script, style, iframe, svg, form, input, button, img, object, embed')).toBeNull();
    expect(elements.filter((e) => e.hasAttribute('style'))).toEqual([]);
  });

  it('keeps the words', () => {
    renderBody({ html: hostile, mentions: [FINN] });

    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['vier']);
    expect(within(links[0]).getByText('vier')).toHaveAttribute('rel', 'noopener noreferrer');
    for (const word of ['tekst', 'vet', 'pixel', 'een', 'twee', 'drie', 'knop', 'Finn van de Brink']) {
      expect(screen.getByText(new RegExp(word))).toBeInTheDocument();
    }
  });
});

describe('MessageBody with a plain-text body', () => {
  it('shows lines with breaks and markup as text', () => {
    const { container } = renderBody({ html: 'eerste regel\n<b>tweede</b> regel', isHtml: false });

    expect(container.querySelectorAll('br')).toHaveLength(1);
    expect(container.querySelector('b')).toBeNull();
    expect(container).toHaveTextContent('eerste regel<b>tweede</b> regel');
  });
});
