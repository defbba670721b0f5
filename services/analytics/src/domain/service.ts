/** The service's name: the `service` of its log lines. */
export const SERVICE = 'analytics';
