import { useTranslation } from 'react-i18next'
import { defaultProfile } from '@shared/profile'
import { formatMoney, minor, minorDigits } from '@shared/money'
import { useSetting } from '../../../db/settings'

const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/** The shop currency, its minor unit (100 for CNY) and formatters for money and percentages. */
export function useFormat(): {
  currency: string
  locale: string
  unit: number
  money: (amount: number) => string
  pct: (fraction: number, digits?: number) => string
  num: (x: number, digits?: number) => string
} {
  const { i18n } = useTranslation()
  const profile = useSetting('profile') ?? defaultProfile(systemZone())
  const currency = profile.currency
  const locale = i18n.language
  return {
    currency,
    locale,
    unit: 10 ** minorDigits(currency),
    money: (amount) => formatMoney(minor(Math.round(amount)), currency, locale),
    pct: (f, digits = 1) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(f),
    num: (x, digits = 0) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x),
  }
}

/** The currency's symbol in a locale (¥, $, €). */
export function currencySymbol(currency: string, locale: string): string {
  const part = new Intl.NumberFormat(locale, { style: 'currency', currency })
    .formatToParts(0)
    .find((p) => p.type === 'currency')
  return part?.value ?? currency
}
