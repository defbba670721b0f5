import type { Consumer } from './types.js';

/*
 * analytics and platform subscribe to every event (analytics for metrics, platform for the order
 * timeline). Named once here so a new event cannot forget them by accident.
 */

export const analytics: Consumer = { service: 'analytics', purpose: 'order funnel and sales metrics' };

export const auditTrace: Consumer = { service: 'platform', purpose: 'audit trace for the order timeline' };
