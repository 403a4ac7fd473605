/** The states drawn with Fluent's MessageBar, loaded together when the first of them is shown. */
export { ErrorState } from './ErrorState';
export { Notice } from './Notice';
