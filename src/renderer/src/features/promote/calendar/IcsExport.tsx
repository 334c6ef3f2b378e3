import { App, Button, Checkbox, Flex, InputNumber, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PRODUCT_NAME } from '@shared/app-meta'
import { MAX_YEAR, MIN_YEAR } from '@shared/calendar/festivals'
import { calendarIcs, type IcsChoice } from '@shared/calendar/ics-export'
import type { CampaignSpan } from '@shared/calendar/plan'
import type { Locale } from '@shared/locale'
import { platform } from '../../../platform'

/** The "export to phone calendar" button and its dialog. */
export function IcsExport({
  year,
  campaigns,
  locale,
  shopName,
}: {
  year: number
  campaigns: readonly CampaignSpan[]
  locale: Locale
  shopName: string
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [choice, setChoice] = useState<IcsChoice>({
    year,
    campaigns: true,
    festivals: true,
    shopping: true,
    phases: true,
    prep: true,
  })
  const nothing = !choice.campaigns && !choice.festivals && !choice.shopping
  const shop = shopName || PRODUCT_NAME

  const save = async () => {
    const text = calendarIcs(
      choice,
      campaigns,
      locale,
      {
        calendar: t('calendarUi.export.calendarName', { shop, year: choice.year }),
        description: (c) =>
          t('calendarUi.export.campaignDescription', { from: c.start, to: c.end }),
      },
      new Date(),
    )
    try {
      const res = await platform().saveFile({
        suggestedName: `shopbridge-calendar-${choice.year}.ics`,
        content: text,
        mime: 'text/calendar',
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
      })
      if (res.saved) {
        void message.success(t('calendarUi.export.saved'))
        setOpen(false)
      }
    } catch {
      void message.error(t('errors.generic'))
    }
  }

  const box = (key: Exclude<keyof IcsChoice, 'year'>) => (
    <Checkbox
      checked={choice[key]}
      data-testid={`ics-${key}`}
      onChange={(e) => setChoice({ ...choice, [key]: e.target.checked })}
    >
      {t(`calendarUi.export.${key}`)}
    </Checkbox>
  )

  return (
    <>
      <Button
        data-testid="ics-export"
        onClick={() => {
          setChoice({ ...choice, year })
          setOpen(true)
        }}
      >
        {t('calendarUi.export.ics')}
      </Button>
      <Modal
        open={open}
        title={t('calendarUi.export.title')}
        onCancel={() => setOpen(false)}
        okText={t('calendarUi.export.save')}
        okButtonProps={{ disabled: nothing, ...({ 'data-testid': 'ics-save' } as object) }}
        onOk={() => void save()}
        destroyOnHidden
      >
        <Flex vertical gap={8}>
          <Typography.Paragraph type="secondary">
            {t('calendarUi.export.hint')}
          </Typography.Paragraph>
          <Flex gap={8} align="center">
            <span>{t('calendarUi.export.year')}</span>
            <InputNumber
              aria-label={t('calendarUi.export.year')}
              data-testid="ics-year"
              min={MIN_YEAR}
              max={MAX_YEAR}
              precision={0}
              value={choice.year}
              onChange={(v) => v !== null && setChoice({ ...choice, year: v })}
            />
          </Flex>
          {box('campaigns')}
          {box('festivals')}
          {box('shopping')}
          {box('phases')}
          {box('prep')}
          {nothing && (
            <Typography.Text type="danger">{t('calendarUi.export.nothing')}</Typography.Text>
          )}
        </Flex>
      </Modal>
    </>
  )
}
