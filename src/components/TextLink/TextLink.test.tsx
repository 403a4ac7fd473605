import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { TextLink } from './TextLink';

describe('TextLink', () => {
  it('is a link to its address, with what it was given', () => {
    render(
      <TextLink href="https://intranet.example/doc" target="_blank" rel="noopener noreferrer">
        Policy
      </TextLink>
    );
    const link = screen.getByRole('link', { name: 'Policy' });
    expect(link.getAttribute('href')).toBe('https://intranet.example/doc');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('is a button when it has no address, and its click handler runs', () => {
    const onClick = jest.fn();
    render(<TextLink onClick={onClick}>Anne de Vries</TextLink>);
    const button = screen.getByRole('button', { name: 'Anne de Vries' });
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('forwards its ref to the element it renders', () => {
    const ref = React.createRef<HTMLAnchorElement | HTMLButtonElement>();
    render(
      <TextLink ref={ref} href="#x">
        x
      </TextLink>
    );
    expect(ref.current?.tagName).toBe('A');
  });

  it('keeps the class it was given beside its own', () => {
    render(
      <TextLink href="#x" className="name" inline>
        x
      </TextLink>
    );
    const link = screen.getByRole('link', { name: 'x' });
    expect(link.className).toContain('name');
    expect(link.className).toContain('kring-TextLink');
  });
});
