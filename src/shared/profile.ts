import { z } from 'zod'
import { CURRENCY_CODES } from './money'
import { isValidTimeZone } from './dates'

/** Kinds of physical shop the course and templates know. */
export const SHOP_TYPES = ['bookstore', 'apparel', 'grocery', 'appliances', 'other'] as const
/** A kind of shop. */
export type ShopType = (typeof SHOP_TYPES)[number]

/** The shop profile edited in Settings and printed on every PDF. */
export const shopProfileSchema = z.object({
  name: z.string().trim().max(80),
  type: z.enum(SHOP_TYPES),
  city: z.string().trim().max(80),
  currency: z.enum(CURRENCY_CODES),
  timeZone: z.string().refine(isValidTimeZone, { message: 'errors.timeZone' }),
  ownerName: z.string().trim().max(80),
})
/** The shop profile. */
export type ShopProfile = z.infer<typeof shopProfileSchema>

/** The profile a first start shows: CNY and the system's time zone. */
export function defaultProfile(systemTimeZone: string): ShopProfile {
  return {
    name: '',
    type: 'other',
    city: '',
    currency: 'CNY',
    timeZone: isValidTimeZone(systemTimeZone) ? systemTimeZone : 'Asia/Shanghai',
    ownerName: '',
  }
}
