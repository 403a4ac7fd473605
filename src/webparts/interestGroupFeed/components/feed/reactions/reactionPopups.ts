/** The chunk `kring-reactions`: what the reaction bar loads on first use. */
export { ReactionPicker } from './ReactionPicker';
export { WhoReacted } from './WhoReacted';
