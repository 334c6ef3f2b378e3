import { Flex, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { contentLocale, courseTitle } from '../../content/localize'
import { setActiveCourse, type CoursesState } from '../../content/use-courses'

/** Chooses the course being taken; shown only when there is more than one. */
export function CourseSwitcher({ courses }: { courses: CoursesState }) {
  const { t, i18n } = useTranslation()
  if (courses.entries.length < 2) return null
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type="secondary" id="course-switcher-label">
        {t('learn.packs.active')}
      </Typography.Text>
      <Select
        aria-labelledby="course-switcher-label"
        data-testid="course-switcher"
        value={courses.active.id}
        style={{ minWidth: 260 }}
        onChange={(id) => void setActiveCourse(id)}
        options={courses.entries.map((e) => ({
          value: e.id,
          label:
            e.origin === 'builtin'
              ? `${t('learn.packs.builtin')} · ${t('learn.courseTitle')}`
              : courseTitle(e.course, contentLocale(e.course, i18n.language), t),
        }))}
      />
    </Flex>
  )
}
