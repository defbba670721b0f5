/** Every service of the platform, in saga order; producers and consumers are among them. */
export const SERVICES = ['orders', 'inventory', 'payments', 'notifications', 'analytics', 'platform'] as const;

/** A service of the platform. */
export type ServiceName = (typeof SERVICES)[number];
