/** The service's name: `source` of the events it publishes (EventBridge `commerce.inventory`) and `service` on its log lines. */
export const SERVICE = 'inventory';
