/** The export name of an event version's compiled validator: `validateOrderPlacedV1`. */
export const validatorNameOf = (event: { type: string; version: number }): string =>
  `validate${event.type}V${event.version}`;
