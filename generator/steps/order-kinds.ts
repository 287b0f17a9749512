/**
 * Order kinds: [state, status, invoiced, shipped, refunded]. invoiced / shipped: 1 = every line, 2 = line 1
 * only (a partial invoice: line 1 and the shipping; a partial shipment: line 1, always a physical simple);
 * refunded: 2 = in full, 1 = line 1 only. "partial" is a complete order with one refunded line.
 * Drawn per order: 50% complete, 12% processing, 8% pending, 7% canceled, 7% closed, 2% on hold, 4% partial
 * refund, 5% partly shipped, 5% partly invoiced. New kinds go last: the SQL refers to kinds by index.
 */
export const ORDER_KINDS = [
  { cut: 50, state: 'complete', status: 'complete', invoiced: 1, shipped: 1, refunded: 0 },
  { cut: 62, state: 'processing', status: 'processing', invoiced: 1, shipped: 0, refunded: 0 },
  { cut: 70, state: 'new', status: 'pending', invoiced: 0, shipped: 0, refunded: 0 },
  { cut: 77, state: 'canceled', status: 'canceled', invoiced: 0, shipped: 0, refunded: 0 },
  { cut: 84, state: 'closed', status: 'closed', invoiced: 1, shipped: 1, refunded: 2 },
  { cut: 86, state: 'holded', status: 'holded', invoiced: 0, shipped: 0, refunded: 0 },
  { cut: 90, state: 'complete', status: 'complete', invoiced: 1, shipped: 1, refunded: 1 },
  { cut: 95, state: 'processing', status: 'processing', invoiced: 1, shipped: 2, refunded: 0 },
  { cut: 100, state: 'processing', status: 'processing', invoiced: 2, shipped: 0, refunded: 0 },
] as const;
