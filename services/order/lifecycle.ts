/**
 * The one place where Magento's order state becomes the order service's lifecycle. Magento keeps a state
 * (Magento\Sales\Model\Order::STATE_*: new, pending_payment, payment_review, processing, complete, closed,
 * canceled, holded) and a status, a label of that state a store may define freely
 * (sales_order_status_state); the lifecycle follows the state, so custom statuses need no mapping.
 */
export const LIFECYCLES = ['placed', 'awaiting_payment', 'payment_review', 'processing', 'completed', 'closed', 'canceled', 'on_hold', 'unknown'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

const BY_STATE: Record<string, Lifecycle> = {
  new: 'placed',
  pending_payment: 'awaiting_payment',
  payment_review: 'payment_review',
  processing: 'processing',
  complete: 'completed',
  // Closed: everything invoiced was refunded (Magento\Sales\Model\ResourceModel\Order\Handler\State).
  closed: 'closed',
  canceled: 'canceled',
  holded: 'on_hold',
};

export function lifecycleOf(state: string | null | undefined): Lifecycle {
  return (state && BY_STATE[state]) || 'unknown';
}
