import { Alert, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ContentProblem } from '@shared/lessons/problems'

/** The content problems of a course source: file, line and the translated reason of each. */
export function ContentProblems({ problems }: { problems: readonly ContentProblem[] }) {
  const { t } = useTranslation()
  if (problems.length === 0) return null
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="content-problems"
      title={t('learn.builtinProblems', { count: problems.length })}
      description={
        <ul className="content-problems">
          {problems.map((p, i) => (
            <li key={i}>
              <Typography.Text code>
                {p.file}
                {p.line !== undefined ? `:${p.line}` : ''}
              </Typography.Text>{' '}
              {t(p.key, { ...p.values, line: p.values.line ?? '—' })}
            </li>
          ))}
        </ul>
      }
    />
  )
}
