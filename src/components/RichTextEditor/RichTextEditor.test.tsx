import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { DraftContent } from '../../model/composer/Draft';
import { RichTextEditor } from './RichTextEditor';
import type { RichTextEditorHandle, RichTextEditorProps } from './RichTextEditor.types';

// Fluent's toolbar and fields render slowly in jsdom on a busy machine.
jest.setTimeout(30_000);

const EMPTY: DraftContent = { blocks: [] };

type HarnessProps = Partial<RichTextEditorProps> & { initial?: DraftContent; handle?: React.Ref<RichTextEditorHandle> };

function Harness({ initial = EMPTY, handle, onChange, ...props }: HarnessProps): React.ReactElement {
  const [value, setValue] = React.useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <RichTextEditor
        ref={handle}
        label="Message"
        placeholder="Write a post"
        value={value}
        onChange={(content) => {
          setValue(content);
          onChange?.(content);
        }}
        {...props}
      />
    </FluentProvider>
  );
}

const editor = (): HTMLElement => screen.getByRole('textbox', { name: 'Message' });

function caretAt(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
}

function select(node: Node, start: number, end: number): void {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** What typing does in a browser: the DOM changes, the caret sits at the end of the text, an input event fires. */
function typeInto(html: string): void {
  const root = editor();
  root.focus();
  root.innerHTML = html;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
  if (last) caretAt(last, (last as Text).length);
  else caretAt(root, root.childNodes.length);
  fireEvent.input(root);
}

const lastCall = (mock: jest.Mock): unknown => mock.mock.calls[mock.mock.calls.length - 1]?.[0];

describe('RichTextEditor', () => {
  it('renders a labelled multi-line textbox with its placeholder, description and invalid state', () => {
    render(<Harness describedBy="hint error" invalid />);
    const root = editor();
    expect(root).toHaveAttribute('aria-multiline', 'true');
    expect(root).toHaveAttribute('contenteditable', 'true');
    expect(root).toHaveAttribute('aria-placeholder', 'Write a post');
    expect(root).toHaveAttribute('aria-describedby', 'hint error');
    expect(root).toHaveAttribute('aria-invalid', 'true');
  });

  it('has a toolbar of named buttons, in the strings it is given', () => {
    render(<Harness strings={{ bold: 'Vet', italic: 'Cursief' }} />);
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeInTheDocument();
    for (const name of ['Vet', 'Cursief', 'Bulleted list', 'Numbered list', 'Link']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }
  });

  it('reports what is typed as draft content', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    typeInto('Hello <b>there</b><div>second line</div>');
    expect(lastCall(onChange)).toEqual({
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { kind: 'text', text: 'Hello ' },
            { kind: 'text', text: 'there', bold: true }
          ]
        },
        { kind: 'paragraph', runs: [{ kind: 'text', text: 'second line' }] }
      ]
    });
  });

  it('sends with Ctrl+Enter or Cmd+Enter and cancels with Escape', () => {
    const onSubmit = jest.fn();
    const onCancel = jest.fn();
    render(<Harness onSubmit={onSubmit} onCancel={onCancel} />);
    fireEvent.keyDown(editor(), { key: 'Enter', code: 'Enter', ctrlKey: true });
    fireEvent.keyDown(editor(), { key: 'Enter', code: 'Enter', metaKey: true });
    expect(onSubmit).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(editor(), { key: 'Escape', code: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('restores a value given from outside, and leaves its own DOM alone on the echo of its changes', () => {
    const saved: DraftContent = {
      blocks: [
        { kind: 'paragraph', runs: [{ kind: 'text', text: 'Saved <draft>', italic: true }] },
        { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'one' }]] }
      ]
    };
    const onChange = jest.fn();
    render(<Harness initial={saved} onChange={onChange} />);
    expect(editor().innerHTML).toBe('<div><i>Saved &lt;draft&gt;</i></div><ol><li>one</li></ol>');
    expect(onChange).not.toHaveBeenCalled();

    const typed = editor().querySelector('li') as HTMLElement;
    typed.textContent = 'one more';
    caretAt(typed.firstChild as Node, 8);
    fireEvent.input(editor());
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(editor().querySelector('li')).toBe(typed);
    expect(document.getSelection()?.anchorNode).toBe(typed.firstChild);
  });

  it('shows another draft when one is loaded', () => {
    const draft = (text: string): DraftContent => ({ blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text }] }] });
    const view = (value: DraftContent): React.ReactElement => (
      <FluentProvider theme={webLightTheme}>
        <RichTextEditor label="Message" value={value} onChange={jest.fn()} />
      </FluentProvider>
    );
    const { rerender } = render(view(draft('first')));
    expect(editor().innerHTML).toBe('<div>first</div>');
    rerender(view(draft('second')));
    expect(editor().innerHTML).toBe('<div>second</div>');
  });

  it('replaces its DOM when the value is cleared from outside', () => {
    function Clearing(): React.ReactElement {
      const [value, setValue] = React.useState<DraftContent>({
        blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Sent' }] }]
      });
      return (
        <FluentProvider theme={webLightTheme}>
          <RichTextEditor label="Message" value={value} onChange={setValue} onSubmit={() => setValue(EMPTY)} />
        </FluentProvider>
      );
    }
    render(<Clearing />);
    expect(editor()).toHaveTextContent('Sent');
    fireEvent.keyDown(editor(), { key: 'Enter', code: 'Enter', ctrlKey: true });
    expect(editor().innerHTML).toBe('');
  });

  it('blocks the browser formatting Teams does not show, such as Ctrl+U underline', () => {
    render(<Harness />);
    const input = (inputType: string): boolean =>
      editor().dispatchEvent(new InputEvent('beforeinput', { inputType, cancelable: true, bubbles: true }));
    expect(input('formatUnderline')).toBe(false);
    expect(input('formatIndent')).toBe(false);
    expect(input('formatBold')).toBe(true);
    expect(input('insertText')).toBe(true);
  });

  it('edits nothing while disabled', () => {
    const onSubmit = jest.fn();
    render(<Harness disabled onSubmit={onSubmit} />);
    expect(editor()).toHaveAttribute('contenteditable', 'false');
    expect(editor()).toHaveAttribute('aria-disabled', 'true');
    fireEvent.keyDown(editor(), { key: 'Enter', code: 'Enter', ctrlKey: true });
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Bold' })).toBeDisabled();
  });

  it('inserts a line break with Shift+Enter', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    typeInto('one');
    fireEvent.keyDown(editor(), { key: 'Enter', code: 'Enter', shiftKey: true });
    expect(lastCall(onChange)).toEqual({
      blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'one' }, { kind: 'lineBreak' }] }]
    });
  });

  describe('mentions', () => {
    const ANNE = { id: 'u-anne', displayName: 'Anne de Vries' };

    it('reports the "@name" being typed, and its end', () => {
      const onMentionQuery = jest.fn();
      render(<Harness onMentionQuery={onMentionQuery} />);
      typeInto('Hi @an');
      expect(onMentionQuery).toHaveBeenLastCalledWith({ query: 'an', anchor: expect.anything() });
      typeInto('Hi @ann');
      expect(onMentionQuery).toHaveBeenLastCalledWith({ query: 'ann', anchor: expect.anything() });
      typeInto('Hi @ann\u00a0 ');
      expect(onMentionQuery).toHaveBeenLastCalledWith(undefined);
      typeInto('Hi');
      expect(onMentionQuery).toHaveBeenCalledTimes(3);
    });

    it('gives the suggestions the navigation keys while a query is open', () => {
      const onMentionKey = jest.fn((key: string) => key !== 'Tab');
      const onCancel = jest.fn();
      const onMentionQuery = jest.fn();
      render(<Harness onMentionQuery={onMentionQuery} onMentionKey={onMentionKey} onCancel={onCancel} />);
      expect(fireEvent.keyDown(editor(), { key: 'ArrowDown' })).toBe(true);
      expect(onMentionKey).not.toHaveBeenCalled();

      typeInto('@an');
      expect(fireEvent.keyDown(editor(), { key: 'ArrowDown' })).toBe(false);
      expect(fireEvent.keyDown(editor(), { key: 'Enter' })).toBe(false);
      expect(fireEvent.keyDown(editor(), { key: 'Tab' })).toBe(true);
      expect(onMentionKey.mock.calls.map(([key]) => key)).toEqual(['ArrowDown', 'Enter', 'Tab']);

      fireEvent.keyDown(editor(), { key: 'Escape' });
      expect(onMentionKey).toHaveBeenLastCalledWith('Escape');
      expect(onMentionQuery).toHaveBeenLastCalledWith(undefined);
      expect(onCancel).not.toHaveBeenCalled();
      fireEvent.keyDown(editor(), { key: 'Escape' });
      expect(onCancel).toHaveBeenCalledTimes(1);
    });

    it('replaces the "@name" with the mention picked, a space after it and the caret after that', () => {
      const onChange = jest.fn();
      const onMentionQuery = jest.fn();
      const handle = React.createRef<RichTextEditorHandle>();
      render(<Harness handle={handle} onChange={onChange} onMentionQuery={onMentionQuery} />);
      typeInto('Thanks @an');
      act(() => handle.current?.insertMention(ANNE));

      expect(lastCall(onChange)).toEqual({
        blocks: [
          {
            kind: 'paragraph',
            runs: [
              { kind: 'text', text: 'Thanks ' },
              { kind: 'mention', person: ANNE },
              { kind: 'text', text: ' ' }
            ]
          }
        ]
      });
      expect(onMentionQuery).toHaveBeenLastCalledWith(undefined);
      const mention = editor().querySelector('[data-mention-id="u-anne"]') as HTMLElement;
      expect(mention).toHaveAttribute('contenteditable', 'false');
      expect(mention).toHaveTextContent('@Anne de Vries');
      const selection = document.getSelection() as Selection;
      expect(selection.anchorNode).toBe(mention.nextSibling);
      expect(mention.nextSibling?.textContent).toBe('\u00a0');
      expect(selection.anchorOffset).toBe(1);
    });

    it('removes a mention whole with Backspace right after it', () => {
      const onChange = jest.fn();
      render(
        <Harness
          onChange={onChange}
          initial={{
            blocks: [
              {
                kind: 'paragraph',
                runs: [
                  { kind: 'text', text: 'Hi ' },
                  { kind: 'mention', person: ANNE }
                ]
              }
            ]
          }}
        />
      );
      const line = editor().firstChild as HTMLElement;
      caretAt(line, line.childNodes.length);
      expect(fireEvent.keyDown(editor(), { key: 'Backspace' })).toBe(false);
      expect(editor().querySelector('[data-mention-id]')).toBeNull();
      expect(lastCall(onChange)).toEqual({ blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Hi' }] }] });
    });
  });

  describe('formatting without execCommand', () => {
    it('makes the selection bold with Ctrl+B, and shows it pressed', () => {
      const onChange = jest.fn();
      render(<Harness onChange={onChange} />);
      typeInto('make this bold');
      select(editor().firstChild as Node, 10, 14);
      fireEvent.keyDown(editor(), { key: 'b', code: 'KeyB', ctrlKey: true });
      expect(lastCall(onChange)).toEqual({
        blocks: [
          {
            kind: 'paragraph',
            runs: [
              { kind: 'text', text: 'make this ' },
              { kind: 'text', text: 'bold', bold: true }
            ]
          }
        ]
      });
      expect(screen.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');

      fireEvent.click(screen.getByRole('button', { name: 'Bold' }));
      expect(lastCall(onChange)).toEqual({
        blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'make this bold' }] }]
      });
      expect(screen.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false');
    });

    it('turns lines into a list and back from the toolbar and with Ctrl+Shift+7', () => {
      const onChange = jest.fn();
      render(<Harness onChange={onChange} />);
      typeInto('<div>one</div><div>two</div>');
      const range = document.createRange();
      range.setStart(editor().firstChild?.firstChild as Node, 1);
      range.setEnd(editor().lastChild?.firstChild as Node, 2);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);

      fireEvent.click(screen.getByRole('button', { name: 'Bulleted list' }));
      const items = [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two' }]];
      expect(lastCall(onChange)).toEqual({ blocks: [{ kind: 'list', ordered: false, items }] });
      expect(screen.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true');

      fireEvent.keyDown(editor(), { key: '&', code: 'Digit7', ctrlKey: true, shiftKey: true });
      expect(lastCall(onChange)).toEqual({ blocks: [{ kind: 'list', ordered: true, items }] });
      fireEvent.keyDown(editor(), { key: '&', code: 'Digit7', ctrlKey: true, shiftKey: true });
      expect(lastCall(onChange)).toEqual({
        blocks: [
          { kind: 'paragraph', runs: items[0] },
          { kind: 'paragraph', runs: items[1] }
        ]
      });
    });

    it('starts a list in an empty editor', () => {
      const onChange = jest.fn();
      render(<Harness onChange={onChange} />);
      editor().focus();
      caretAt(editor(), 0);
      fireEvent.keyDown(editor(), { key: '*', code: 'Digit8', ctrlKey: true, shiftKey: true });
      expect(editor().innerHTML).toBe('<ul><li><br></li></ul>');
      expect(lastCall(onChange)).toEqual({ blocks: [{ kind: 'list', ordered: false, items: [[]] }] });
    });
  });

  describe('links', () => {
    it('opens a link form with Ctrl+K, checks the address and makes the selection a link', () => {
      const onChange = jest.fn();
      render(<Harness onChange={onChange} />);
      typeInto('read the news');
      select(editor().firstChild as Node, 9, 13);
      fireEvent.keyDown(editor(), { key: 'k', code: 'KeyK', ctrlKey: true });

      const address = screen.getByRole('textbox', { name: 'Address' });
      expect(address).toHaveFocus();
      expect(screen.getByRole('textbox', { name: 'Text to show' })).toHaveValue('news');
      fireEvent.change(address, { target: { value: 'javascript:alert(1)' } });
      fireEvent.click(screen.getByRole('button', { name: 'Insert' }));
      expect(screen.getByText('Enter an address that starts with https://, http:// or mailto:')).toBeInTheDocument();
      expect(address).toHaveAttribute('aria-invalid', 'true');

      fireEvent.change(address, { target: { value: 'intranet.example/news' } });
      fireEvent.keyDown(address, { key: 'Enter' });
      expect(screen.queryByRole('group', { name: 'Insert link' })).not.toBeInTheDocument();
      expect(editor()).toHaveFocus();
      expect(lastCall(onChange)).toEqual({
        blocks: [
          {
            kind: 'paragraph',
            runs: [
              { kind: 'text', text: 'read the ' },
              { kind: 'link', href: 'https://intranet.example/news', text: 'news' }
            ]
          }
        ]
      });
    });

    it('closes the form with Escape, back to the editor, without cancelling the post', () => {
      const onCancel = jest.fn();
      render(<Harness onCancel={onCancel} />);
      typeInto('text');
      fireEvent.click(screen.getByRole('button', { name: 'Link' }));
      const address = screen.getByRole('textbox', { name: 'Address' });
      fireEvent.keyDown(address, { key: 'Escape' });
      expect(screen.queryByRole('textbox', { name: 'Address' })).not.toBeInTheDocument();
      expect(editor()).toHaveFocus();
      expect(onCancel).not.toHaveBeenCalled();
    });
  });

  describe('paste', () => {
    const paste = (data: Record<string, string>): boolean =>
      fireEvent.paste(editor(), { clipboardData: { getData: (type: string) => data[type] ?? '' } });

    it('keeps only the allowed formatting of pasted HTML, and none of its markup', () => {
      const onChange = jest.fn();
      render(<Harness onChange={onChange} />);
      typeInto('Start ');
      const html =
        '<meta charset="utf-8"><b onclick="alert(1)">bold</b> <img src="x" onerror="alert(1)">' +
        '<a href="javascript:alert(1)">js</a><script>alert(1)</script><span style="color:red">red</span>';
      expect(paste({ 'text/html': html, 'text/plain': 'bold js red' })).toBe(false);

      expect(editor().querySelector('img, script, [onclick], [onerror], [style], meta')).toBeNull();
      expect(lastCall(onChange)).toEqual({
        blocks: [
          {
            kind: 'paragraph',
            runs: [
              { kind: 'text', text: 'Start ' },
              { kind: 'text', text: 'bold', bold: true },
              { kind: 'text', text: ' jsred' }
            ]
          }
        ]
      });
    });

    it('pastes plain text as text', () => {
      const onChange = jest.fn();
      render(<Harness onChange={onChange} />);
      typeInto('a');
      paste({ 'text/plain': '<b>not bold</b>' });
      expect(lastCall(onChange)).toEqual({
        blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'a<b>not bold</b>' }] }]
      });
    });
  });

  it('empties itself on clear() and reports it', () => {
    const onChange = jest.fn();
    const handle = React.createRef<RichTextEditorHandle>();
    render(<Harness handle={handle} onChange={onChange} />);
    typeInto('draft');
    act(() => handle.current?.clear());
    expect(editor().innerHTML).toBe('');
    expect(lastCall(onChange)).toEqual(EMPTY);
  });
});
