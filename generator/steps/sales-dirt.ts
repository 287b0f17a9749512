/** Plants the order context's dirt (what and where: SalesDirtCounts in generator/dirt.ts). */
import { run, type SeedContext } from '../session.ts';

/** Where the order context's dirt goes (computed by salesDirtTargets in generator/dirt.ts). */
export interface SalesDirtTargets {
  zeroDateOrders: number[];
  nulByteOrders: number[];
  deletedStoreOrders: number;
  deletedStoreOf: number;
  missingOrderId: number;
}


export async function applySalesDirt(ctx: SeedContext, t: SalesDirtTargets): Promise<void> {
  if (t.zeroDateOrders.length) {
    await run(ctx, 'dirt: zero dates (sales_order.created_at)', `UPDATE sales_order SET created_at = '0000-00-00 00:00:00', updated_at = updated_at
      WHERE entity_id IN (${t.zeroDateOrders.join(', ')})`);
  }
  if (t.nulByteOrders.length) {
    await run(ctx, 'dirt: NUL bytes (sales_order_address.street)', `UPDATE sales_order_address SET street = CONCAT(LEFT(street, 3), CHAR(0), SUBSTRING(street, 4))
      WHERE address_type = 'billing' AND parent_id IN (${t.nulByteOrders.join(', ')})`);
  }
  if (t.deletedStoreOrders > 0) {
    await ctx.conn.query('DROP TABLE IF EXISTS magemig_deleted_store_orders');
    await ctx.conn.query(`CREATE TABLE magemig_deleted_store_orders ENGINE=InnoDB AS
      SELECT entity_id, ROW_NUMBER() OVER (ORDER BY entity_id) AS n FROM sales_order
      WHERE store_id = ${t.deletedStoreOf} AND MOD(entity_id, 10) NOT IN (3, 7) ORDER BY entity_id LIMIT ${t.deletedStoreOrders}`);
    for (const table of ['sales_invoice', 'sales_shipment', 'sales_creditmemo']) {
      await run(ctx, `dirt: documents of a deleted store (${table})`, `UPDATE ${table} d JOIN magemig_deleted_store_orders x ON x.entity_id = d.order_id
        SET d.store_id = NULL, d.updated_at = d.updated_at`);
    }
    await run(ctx, 'dirt: orders of a deleted store (sales_order.store_id)', `UPDATE sales_order o JOIN magemig_deleted_store_orders x ON x.entity_id = o.entity_id
      SET o.store_id = NULL, o.updated_at = o.updated_at`);
    await run(ctx, 'dirt: duplicate increment id in one store', `UPDATE sales_order o
      JOIN magemig_deleted_store_orders x2 ON x2.entity_id = o.entity_id AND x2.n = 2
      JOIN magemig_deleted_store_orders x1 ON x1.n = 1 JOIN sales_order o1 ON o1.entity_id = x1.entity_id
      SET o.increment_id = o1.increment_id, o.updated_at = o.updated_at`);
    await ctx.conn.query('DROP TABLE magemig_deleted_store_orders');
  }
  if (ctx.profile.orders >= 20) {
    for (const table of ['sales_invoice', 'sales_shipment']) {
      await run(ctx, `dirt: a document of a missing order (${table})`, `UPDATE ${table} SET order_id = ${t.missingOrderId}, updated_at = updated_at ORDER BY entity_id DESC LIMIT 1`);
    }
  }
}
