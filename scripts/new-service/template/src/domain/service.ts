/** The service's name: the `source` of its events and the `service` of its log lines. */
export const SERVICE = '__service__';
