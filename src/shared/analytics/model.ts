import type { IsoDate } from '../dates'
import type { Minor } from '../money'

/**
 * The canonical data model of Analyse. Every import, whatever platform or language it came from,
 * ends as these records; the KPI engine (shared/kpi) and the dashboard read only these.
 * Definitions: shared/kpi-definitions.md in the team's reference material.
 */

/** Kinds of file a shop owner imports. */
export const DATASET_KINDS = ['orders', 'traffic', 'spend', 'inventory', 'products'] as const
/** A kind of imported file. */
export type DatasetKind = (typeof DATASET_KINDS)[number]

/** Canonical order status (see the definitions: every status word maps to one of these). */
export const ORDER_STATUSES = ['paid', 'returned', 'cancelled'] as const
/** Canonical order status. */
export type OrderStatus = (typeof ORDER_STATUSES)[number]
/** Numeric codes of statuses in columnar storage. */
export const STATUS_CODE: Record<OrderStatus, number> = { paid: 0, returned: 1, cancelled: 2 }

/** One SKU line of an order. */
export interface OrderLine {
  sku: string
  name: string | null
  /** Units; negative on a return line. */
  quantity: number
  /** Price of one unit in minor units, when the file has it. */
  unitPrice: Minor | null
}

/** One order after decoding, mapping, conversion, grouping of line rows and status mapping. */
export interface OrderRecord {
  orderId: string
  /** Calendar date the order was created, in the shop's time zone. */
  date: IsoDate
  /** Amount paid: after discounts, including shipping charged to the buyer. */
  amountPaid: Minor
  /** Refunded amount (0 when none). A returned order with no refund amount counts its full amount paid. */
  refund: Minor
  status: OrderStatus
  /** The status word exactly as the file wrote it (for "unknown status" reports). */
  statusRaw: string
  customerId: string | null
  channel: string | null
  currency: string | null
  lines: OrderLine[]
}

/** Visitors on one day (optionally one channel). */
export interface TrafficRecord {
  date: IsoDate
  channel: string | null
  visitors: number
}

/** Marketing spend on one day (optionally one channel). */
export interface SpendRecord {
  date: IsoDate
  channel: string | null
  spend: Minor
}

/** A stock snapshot of one SKU on one date. */
export interface InventoryRecord {
  date: IsoDate
  sku: string
  onHand: number
  unitCost: Minor | null
}

/** A product's unit cost (products file). */
export interface ProductRecord {
  sku: string
  name: string | null
  unitCost: Minor
}

/** Records of each kind. */
export interface RecordsByKind {
  orders: OrderRecord
  traffic: TrafficRecord
  spend: SpendRecord
  inventory: InventoryRecord
  products: ProductRecord
}

/** Everything the KPI engine reads: the merged, de-duplicated data of all imports. */
export interface Dataset {
  orders: OrderRecord[]
  traffic: TrafficRecord[] | null
  spend: SpendRecord[] | null
  inventory: InventoryRecord[] | null
  products: ProductRecord[] | null
}

/**
 * Orders in columnar form (the storage and KPI layout: typed arrays, dictionary-encoded strings,
 * lines as offsets — no object per order). `lineStart` has `length + 1` entries: the lines of
 * order i are lineStart[i] .. lineStart[i+1]-1.
 */
export interface OrderColumns {
  length: number
  orderId: string[]
  /** Epoch day (days since 1970-01-01) of the order's date in the shop's time zone. */
  day: Int32Array
  /** Minor units (integral values). */
  amountPaid: Float64Array
  /** Minor units (integral values). */
  refund: Float64Array
  /** STATUS_CODE values. */
  status: Uint8Array
  /** Index into `customers`, -1 when the order has no customer ID. */
  customer: Int32Array
  /** Index into `channels`, -1 when the order has no channel. */
  channel: Int32Array
  customers: string[]
  channels: string[]
  lineStart: Int32Array
  /** Index into `skus`. */
  lineSku: Int32Array
  lineQty: Float64Array
  /** Minor units; NaN when unknown. */
  lineUnitPrice: Float64Array
  skus: string[]
}
