import * as React from 'react';
import { render } from '@testing-library/react';
import { useContentTiming } from './useContentTiming';

const NAMES = { mount: 'test:mount', content: 'test:content', measure: 'test:mount-to-content' };

function View({ hasContent }: { hasContent: boolean }): React.ReactElement {
  useContentTiming(NAMES, hasContent);
  return <p>{hasContent ? 'content' : 'loading'}</p>;
}

describe('useContentTiming', () => {
  const original = { mark: performance.mark, measure: performance.measure };
  let marks: string[];
  let measures: string[][];

  beforeEach(() => {
    marks = [];
    measures = [];
    Object.assign(performance, {
      mark: (name: string) => marks.push(name),
      measure: (...names: string[]) => measures.push(names)
    });
  });

  afterEach(() => Object.assign(performance, original));

  it('marks the mount, then measures once, from the mount, when content first shows', () => {
    const { rerender } = render(<View hasContent={false} />);
    expect(marks).toEqual([NAMES.mount]);
    expect(measures).toEqual([]);

    rerender(<View hasContent />);
    rerender(<View hasContent={false} />);
    rerender(<View hasContent />);

    expect(marks).toEqual([NAMES.mount, NAMES.content]);
    expect(measures).toEqual([[NAMES.measure, NAMES.mount, NAMES.content]]);
  });
});
