/**
 * Order kinds: [state, status, invoiced, shipped, refunded]. "partial" is a complete order with one refunded line.
 * Drawn per order: 55% complete, 15% processing, 10% pending, 8% canceled, 7% closed, 2% on hold, 3% partial refund.
 */
export const ORDER_KINDS = [
  { cut: 55, state: 'complete', status: 'complete', invoiced: 1, shipped: 1, refunded: 0 },
  { cut: 70, state: 'processing', status: 'processing', invoiced: 1, shipped: 0, refunded: 0 },
  { cut: 80, state: 'new', status: 'pending', invoiced: 0, shipped: 0, refunded: 0 },
  { cut: 88, state: 'canceled', status: 'canceled', invoiced: 0, shipped: 0, refunded: 0 },
  { cut: 95, state: 'closed', status: 'closed', invoiced: 1, shipped: 1, refunded: 2 },
  { cut: 97, state: 'holded', status: 'holded', invoiced: 0, shipped: 0, refunded: 0 },
  { cut: 100, state: 'complete', status: 'complete', invoiced: 1, shipped: 1, refunded: 1 },
] as const;
