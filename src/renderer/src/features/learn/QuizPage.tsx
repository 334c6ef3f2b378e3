import { Breadcrumb, Button, Flex, Result, Spin, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { pickText } from '../../content/localize'
import { QuizAttemptView } from './QuizAttempt'
import { useLearn } from './use-learn'

/** /learn/quiz/:moduleId — a module's quiz in the active course. */
export function QuizPage() {
  const { t } = useTranslation()
  const { moduleId = '' } = useParams()
  const state = useLearn()
  if (!state) return <Spin size="large" />
  const index = state.entry.course.modules.findIndex((m) => m.id === moduleId)
  const module = state.entry.course.modules[index]
  if (!module || !module.quiz || module.quiz.questions.length === 0)
    return (
      <Result
        status="404"
        title={t('learn.quiz.notFound')}
        extra={
          <Link to="/learn">
            <Button type="primary">{t('learn.backToCourse')}</Button>
          </Link>
        }
      />
    )
  return (
    <Flex vertical gap={16} data-testid="quiz-page">
      <Breadcrumb
        items={[
          { title: <Link to="/learn">{t('learn.title')}</Link> },
          {
            title: `${t('learn.moduleN', { n: index + 1 })} ${pickText(module.title, state.locale)}`,
          },
          { title: t('learn.quiz.title') },
        ]}
      />
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('learn.quiz.title')} · {pickText(module.title, state.locale)}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('learn.quiz.intro', {
            count: module.quiz.questions.length,
            percent: Math.round(module.quiz.passMark * 100),
          })}
        </Typography.Text>
      </div>
      <QuizAttemptView key={`${state.entry.id}|${module.id}`} state={state} module={module} />
    </Flex>
  )
}
