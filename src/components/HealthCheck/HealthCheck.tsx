import * as React from 'react';
import { renderHealthCheck } from './renderHealthCheck';
import { useHealthCheck } from './useHealthCheck';
import { useHealthCheckStyles } from './useHealthCheckStyles';

/**
 * Kring's health report for site owners, shown above a web part while the page is edited: is the home site set
 * and reachable, and are Kring's lists and columns there and readable.
 */
export function HealthCheck(): React.ReactElement {
  const state = useHealthCheck();
  const styles = useHealthCheckStyles();
  return renderHealthCheck(state, styles);
}
