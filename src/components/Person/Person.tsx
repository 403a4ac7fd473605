import * as React from 'react';
import type { PersonProps } from './Person.types';
import { renderPerson } from './renderPerson';
import { usePerson } from './usePerson';
import { usePersonStyles } from './usePersonStyles';

/**
 * A colleague as every Kring web part shows them: avatar with presence, name linking to their full profile,
 * and a hover card that opens on hover and on keyboard focus after a short delay without taking focus.
 */
export function Person(props: PersonProps): React.ReactElement {
  const state = usePerson(props);
  const styles = usePersonStyles();
  return renderPerson(state, styles);
}
