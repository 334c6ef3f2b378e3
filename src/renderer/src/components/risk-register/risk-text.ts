import type { TFunction } from 'i18next'
import { formatInstant, type IsoInstant } from '@shared/dates'
import type { Locale } from '@shared/locale'
import { pickText } from '@shared/plan/document'
import type { RiskEditable, RiskLevel, Text } from '@shared/risk/register'

/** The UI language as a Locale (anything but English counts as Chinese, the app's default). */
export const uiLocale = (language: string): Locale => (language === 'en' ? 'en' : 'zh-CN')

/** The label of a risk field, as the editor and the history show it. */
export function fieldLabel(t: TFunction, field: RiskEditable): string {
  if (field === 'title') return t('risksUi.register.risk')
  if (field === 'category') return t('risksUi.register.category')
  return t(`plan.riskFields.${field}`)
}

const isText = (v: unknown): v is Text =>
  typeof v === 'object' && v !== null && 'zh-CN' in v && 'en' in v

/** A history value as text: bilingual texts in the UI language, enums translated, empty as "—". */
export function formatValue(
  t: TFunction,
  field: RiskEditable,
  value: unknown,
  locale: Locale,
): string {
  const none = t('risksUi.register.none')
  if (value === null || value === undefined || value === '') return none
  if (isText(value)) return pickText(value, locale) || none
  if (field === 'status') return t(`plan.riskStatus.${String(value)}`)
  if (field === 'category') return t(`plan.riskCategories.${String(value)}`)
  return String(value)
}

/** antd Tag colour of each level. */
export const LEVEL_TAG: Record<RiskLevel, string> = { low: 'green', medium: 'gold', high: 'red' }

/** A history timestamp for display; a malformed one (from an old or hand-edited file) as is. */
export function formatAt(at: string, language: string): string {
  const d = new Date(at)
  return Number.isNaN(d.getTime()) ? at : formatInstant(at as IsoInstant, language)
}
