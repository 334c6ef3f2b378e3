import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { courseLessons } from '@shared/lessons/course'
import { progressKey } from '@shared/lessons/stored'
import { builtinCourse } from '@renderer/content/courses'
import { lessonForMetric } from '@renderer/content/lesson-links'
import { moduleScores, resetCourseProgress } from '@renderer/content/progress'
import { AVAILABLE_TOOLS } from '@renderer/content/tools'
import { db } from '@renderer/db/db'
import { LearnPage } from '@renderer/features/learn/LearnPage'
import { initI18n } from '@renderer/i18n'

beforeAll(async () => {
  await initI18n('en')
})
beforeEach(async () => {
  await Promise.all([db.quizAttempts.clear(), db.lessonProgress.clear(), db.settings.clear()])
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function Where() {
  const { pathname, hash } = useLocation()
  return <div data-testid="where">{pathname + hash}</div>
}

function renderAt(path: string) {
  return render(
    <AntApp>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/learn/*" element={<LearnPage />} />
        </Routes>
        <Where />
      </MemoryRouter>
    </AntApp>,
  )
}

const lessons = courseLessons(builtinCourse().course)
const first = lessons[0]!
const stored = (lessonId: string) => db.lessonProgress.get(progressKey('builtin', lessonId))

describe('the built-in course', () => {
  it('loads from resources/course without a problem', () => {
    const { course, problems } = builtinCourse()
    expect(problems).toEqual([])
    expect(course.modules.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6'])
    expect(builtinCourse()).toBe(builtinCourse()) // loaded once
  })

  it('maps every KPI lesson link to a lesson that exists', () => {
    const ids = new Set(lessons.map((l) => l.id))
    for (const f of ['conversionRate', 'aov', 'cac', 'inventoryTurnover', 'orders'])
      expect(ids.has(lessonForMetric(f)), f).toBe(true)
    expect(lessonForMetric('revenuePerBuyer')).toBe('m5-l2')
    expect(lessonForMetric('roas')).toBe('m5-l3')
    expect(lessonForMetric('repeatPurchaseRate')).toBe('m5-l4')
    expect(lessonForMetric('grossSales')).toBe('m5-l1')
    expect(AVAILABLE_TOOLS['analyse-sample']).toBe('/analyse')
    expect(AVAILABLE_TOOLS.plan).toBe('/plan')
    expect(AVAILABLE_TOOLS['plan-platform']).toBe('/plan/active/platforms')
    expect(AVAILABLE_TOOLS.risks).toBe('/risks')
    expect(AVAILABLE_TOOLS.promote).toBe('/promote')
  })
})

describe('lesson progress', () => {
  it('is saved as the lesson is read: opened, bookmarks, notes, done, and survives a remount', async () => {
    const view = renderAt(`/learn/lesson/${first.id}`)
    expect((await screen.findByTestId('lesson-title')).textContent).toBe(first.locales.en?.title)
    await waitFor(async () => expect((await stored(first.id))?.progress.status).toBe('reading'))

    const section = first.sections[1] as string
    fireEvent.click(screen.getByTestId(`bookmark-${section}`))
    await waitFor(async () =>
      expect((await stored(first.id))?.progress.bookmarks).toEqual([section]),
    )
    expect(await screen.findByTestId(`bookmarked-${section}`)).toBeTruthy()

    fireEvent.change(screen.getByTestId('lesson-notes'), { target: { value: '周末试试直播' } })
    await waitFor(
      async () => expect((await stored(first.id))?.progress.notes).toBe('周末试试直播'),
      {
        timeout: 3000,
      },
    )
    expect(screen.getByTestId('notes-status').textContent).toContain('Notes saved')

    await act(async () => {
      fireEvent.click(screen.getByTestId('mark-done'))
    })
    await waitFor(async () => expect((await stored(first.id))?.progress.status).toBe('done'))

    view.unmount()
    renderAt(`/learn/lesson/${first.id}`)
    await screen.findByTestId('lesson-title')
    expect((screen.getByTestId('lesson-notes') as HTMLTextAreaElement).value).toBe('周末试试直播')
    expect(screen.getByTestId('mark-done').textContent).toContain('Lesson done')
    expect(screen.getByTestId(`bookmark-${section}`).getAttribute('aria-pressed')).toBe('true')
  })

  it('counts reading time only while the window is visible', async () => {
    let now = 1_000
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    let visibility: DocumentVisibilityState = 'visible'
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility)
    renderAt(`/learn/lesson/${first.id}`)
    await screen.findByTestId('lesson-title')

    now += 65_000
    visibility = 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
    await waitFor(async () => expect((await stored(first.id))?.progress.timeSpentMs).toBe(65_000))

    now += 3_600_000 // an hour away from the window: not counted
    visibility = 'visible'
    document.dispatchEvent(new Event('visibilitychange'))
    now += 5_000
    cleanup() // leaving the lesson saves the last stretch
    await waitFor(async () => expect((await stored(first.id))?.progress.timeSpentMs).toBe(70_000))
  })

  it('ends with a “Try it” card: a link for tools that exist, a note for those to come', async () => {
    const view = renderAt('/learn/lesson/m5-l2')
    const analyse = await screen.findByTestId('try-it')
    expect(analyse.getAttribute('data-available')).toBe('1')
    expect(within(analyse).getByTestId('try-it-open').closest('a')?.getAttribute('href')).toBe(
      '/analyse',
    )
    expect(await within(analyse).findByText(/Load sample data/)).toBeTruthy() // nothing imported yet
    expect(screen.getByTestId('lesson-terms').textContent).toContain('Conversion rate')
    view.unmount()
    // the platform exercise opens the platform step of the active plan
    const platform = lessons.find((l) => l.tryIt === 'plan-platform')!
    const platformView = renderAt(`/learn/lesson/${platform.id}`)
    const open = await screen.findByTestId('try-it')
    expect(open.getAttribute('data-available')).toBe('1')
    expect(within(open).getByTestId('try-it-open').closest('a')?.getAttribute('href')).toBe(
      '/plan/active/platforms',
    )
    platformView.unmount()
    // every exercise of the course opens a built tool
    for (const l of lessons)
      if (l.tryIt !== 'none') expect(AVAILABLE_TOOLS[l.tryIt], l.id).not.toBeNull()
  })

  it('→ and ← open the next and previous lesson, but not while typing', async () => {
    const second = lessons[1]!
    renderAt(`/learn/lesson/${second.id}`)
    await screen.findByTestId('lesson-title')
    fireEvent.keyDown(screen.getByTestId('lesson-notes'), { key: 'ArrowRight' })
    expect(screen.getByTestId('where').textContent).toBe(`/learn/lesson/${second.id}`)
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe(`/learn/lesson/${lessons[2]!.id}`),
    )
    fireEvent.keyDown(window, { key: 'ArrowLeft' })
    fireEvent.keyDown(window, { key: 'ArrowLeft' })
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe(`/learn/lesson/${first.id}`),
    )
  })

  it('shows the course overview with progress, best scores and a locked certificate; reset clears it', async () => {
    await db.lessonProgress.put({
      key: progressKey('builtin', first.id),
      source: 'builtin',
      lessonId: first.id,
      progress: {
        status: 'done',
        lastSection: null,
        timeSpentMs: 600_000,
        notes: '',
        bookmarks: [],
        updatedAt: 1,
      },
    })
    await db.quizAttempts.add({
      source: 'builtin',
      module: 'm1',
      attempt: { module: 'm1', finishedAt: '2026-03-01T10:00:00.000Z', score: 0.75, questions: [] },
    })
    await db.quizAttempts.add({
      source: 'builtin',
      module: 'm1',
      attempt: { module: 'm1', finishedAt: '2026-03-02T10:00:00.000Z', score: 0.9, questions: [] },
    })
    renderAt('/learn')
    expect((await screen.findByTestId('lessons-done')).textContent).toBe(
      `1 of ${lessons.length} lessons`,
    )
    expect(screen.getByTestId('modules-mastered').textContent).toBe('1 of 6 modules mastered')
    expect(screen.getByTestId('best-m1').textContent).toContain('Best score: 90 %')
    expect(screen.getByTestId('best-m2').textContent).toContain('Not taken yet')
    expect(within(screen.getByTestId(`lesson-row-${first.id}`)).getByText('Done')).toBeTruthy()
    expect(screen.getByTestId('course-progress').textContent).toContain('Reading time: 10 min')
    expect(screen.getByTestId('resume').textContent).toContain(lessons[1]!.locales.en?.title)
    expect(screen.getByTestId('certificate-card').getAttribute('data-unlocked')).toBe('0')
    expect(screen.getByTestId('certificate-card').textContent).toContain('Module 2')

    const rows = await db.quizAttempts.toArray()
    expect(moduleScores(rows).masteredAt).toEqual({ m1: '2026-03-02T10:00:00.000Z' })

    await resetCourseProgress('builtin')
    await waitFor(() =>
      expect(screen.getByTestId('lessons-done').textContent).toBe(`0 of ${lessons.length} lessons`),
    )
    expect(await db.quizAttempts.count()).toBe(0)
  })
})
