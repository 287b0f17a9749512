/**
 * Typed names of the reconciliation reads (sql/source/reconcile/*.sql): what the source holds, counted and
 * summed the way each context's report compares it with its service's tables (pipeline/<context>/reconcile.ts).
 * Template vars: those of the context's own queries ({{key}}, {{raw:current}}, {{raw:current_q}}, {{raw:tier_join}}).
 */
import { defineQuery } from '../../query.ts';

export interface SumRow { n: number | string; total: string | null; bad_n?: number | string | null; bad_total?: string | null }

export const pricingPriceSums = defineQuery<SumRow & { website_id: number }>('source/reconcile/pricing-price-sums');
export const pricingTierSums = defineQuery<SumRow & { website_id: number }>('source/reconcile/pricing-tier-sums');
export const pricingTierValues = defineQuery<{ value_id: number; website_id: number; value: string }>('source/reconcile/pricing-tier-values');
export const warehouseSourceSums = defineQuery<SumRow & { source_code: string }>('source/reconcile/warehouse-source-sums');
export const warehouseSourceItemValues = defineQuery<{ source_item_id: number; source_code: string; quantity: string }>('source/reconcile/warehouse-source-item-values');
export const warehouseStockItemSums = defineQuery<SumRow>('source/reconcile/warehouse-stock-item-sums');
export const warehouseStockItemValues = defineQuery<{ item_id: number; qty: string | null }>('source/reconcile/warehouse-stock-item-values');
export const warehouseReservationSums = defineQuery<SumRow & { stock_id: number }>('source/reconcile/warehouse-reservation-sums');
export const shippingTablerateSums = defineQuery<SumRow & { website_id: number; cost: string | null }>('source/reconcile/shipping-tablerate-sums');
export const shippingBaseCurrencies = defineQuery<{ scope: string; scope_id: number; value: string | null }>('source/reconcile/shipping-base-currencies');
type PaymentAmounts = { currency: string | null; total: string | null; paid: string | null; refunded: string | null; authorized: string | null };
export const paymentSums = defineQuery<PaymentAmounts & { n: number | string }>('source/reconcile/payment-sums');
export const paymentValues = defineQuery<PaymentAmounts & { entity_id: number }>('source/reconcile/payment-values');
type LoyaltySum = SumRow & { currency: string | null; website_id: number | null };
export const loyaltyRewardSums = defineQuery<LoyaltySum>('source/reconcile/loyalty-reward-sums');
export const loyaltyBalanceSums = defineQuery<LoyaltySum>('source/reconcile/loyalty-balance-sums');
export const loyaltyGiftcardSums = defineQuery<LoyaltySum>('source/reconcile/loyalty-giftcard-sums');
export const returnSums = defineQuery<{ doc: string; measure: string; total: string | number | null; bad_total: string | number | null }>('source/reconcile/return-sums');
