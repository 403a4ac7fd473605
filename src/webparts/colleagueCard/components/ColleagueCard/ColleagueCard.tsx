import * as React from 'react';
import type { ColleagueCardProps } from './ColleagueCard.types';
import { renderColleagueCard } from './renderColleagueCard';
import { useColleagueCard } from './useColleagueCard';
import { useColleagueCardStyles } from './useColleagueCardStyles';

/** The full profile card of one colleague, with editing when it is the signed-in user's own. */
export function ColleagueCard(props: ColleagueCardProps): React.ReactElement {
  const state = useColleagueCard(props);
  const styles = useColleagueCardStyles();
  return renderColleagueCard(state, styles);
}
