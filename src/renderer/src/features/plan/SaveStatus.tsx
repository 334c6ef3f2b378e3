import { CheckCircleOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSaveStore } from './save-store'

/** "Saving…" / "All changes saved" beside the plan name (autosave has no save button). */
export function SaveStatus() {
  const { t } = useTranslation()
  const { pending, failed } = useSaveStore()
  const state = pending > 0 ? 'saving' : failed ? 'failed' : 'saved'
  return (
    <Typography.Text
      type={state === 'failed' ? 'danger' : 'secondary'}
      data-testid="save-status"
      data-state={state}
      aria-live="polite"
    >
      {state === 'saving' ? (
        <LoadingOutlined />
      ) : state === 'failed' ? (
        <WarningOutlined />
      ) : (
        <CheckCircleOutlined />
      )}{' '}
      {t(`planUi.save.${state}`)}
    </Typography.Text>
  )
}
