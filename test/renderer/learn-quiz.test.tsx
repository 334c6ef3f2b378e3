import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Question } from '@shared/lessons/schemas'
import { builtinCourse } from '@renderer/content/courses'
import { db } from '@renderer/db/db'
import { LearnPage } from '@renderer/features/learn/LearnPage'
import { initI18n } from '@renderer/i18n'

beforeAll(async () => {
  await initI18n('en')
})
beforeEach(async () => {
  await Promise.all([db.quizAttempts.clear(), db.lessonProgress.clear(), db.settings.clear()])
})
afterEach(cleanup)

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

const quiz = builtinCourse().course.modules.find((m) => m.id === 'm1')?.quiz
const questions = quiz?.questions ?? []
const optionText = (q: Question, id: string): string =>
  q.type === 'truefalse' || q.type === 'numeric'
    ? id
    : (q.options.find((o) => o.id === id)?.text.en ?? '')

/** The current order of an ordering question's items, as option ids. */
const orderOf = (card: HTMLElement): string[] =>
  within(card)
    .getAllByTestId('order-item')
    .map((el) => el.getAttribute('data-option') ?? '')

/** Answers one question through its inputs, correctly or not. */
function answer(q: Question, correct: boolean): void {
  const card = screen.getByTestId(`question-${q.id}`)
  const w = within(card)
  switch (q.type) {
    case 'single': {
      const id = correct
        ? (q.answer[0] as string)
        : (q.options.find((o) => o.id !== q.answer[0])?.id as string)
      fireEvent.click(w.getByLabelText(optionText(q, id)))
      break
    }
    case 'multiple': {
      const ids = correct
        ? (q.answer as string[])
        : [q.options.find((o) => !q.answer.includes(o.id))?.id as string]
      for (const id of ids) fireEvent.click(w.getByLabelText(optionText(q, id)))
      break
    }
    case 'truefalse': {
      const value = correct ? q.answer[0] : !q.answer[0]
      fireEvent.click(w.getByLabelText(value ? 'True' : 'False'))
      break
    }
    case 'ordering': {
      if (!correct) break // shown order is never the correct one
      const want = q.answer as string[]
      // Selection sort with the up buttons, as a learner would.
      for (let target = 0; target < want.length; target++) {
        let at = orderOf(card).indexOf(want[target] as string)
        while (at > target) {
          fireEvent.click(
            within(w.getAllByTestId('order-item')[at] as HTMLElement).getByTestId('move-up'),
          )
          at--
        }
      }
      expect(orderOf(card)).toEqual(want)
      break
    }
    case 'numeric':
      fireEvent.change(w.getByTestId('numeric-input'), {
        target: { value: correct ? String(q.answer[0]) : '99999' },
      })
      break
  }
}

describe('module quiz', () => {
  it('uses every question type of module 1', () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'ordering', 'numeric']),
    )
  })

  it('grades each question type, shows correct/incorrect with explanations, and stores the attempt', async () => {
    renderAt('/learn/quiz/m1')
    await screen.findByTestId('quiz-attempt')
    // One wrong answer per type; the rest right.
    const wrong = new Set<string>()
    for (const type of ['single', 'multiple', 'truefalse', 'numeric'])
      wrong.add(questions.find((q) => q.type === type)?.id as string)
    for (const q of questions) answer(q, !wrong.has(q.id))
    expect(screen.queryByTestId('unanswered')).toBeNull()

    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-quiz'))
    })
    const result = await screen.findByTestId('quiz-result')
    const total = questions.length
    const correct = total - wrong.size
    expect(result.textContent).toContain(`${correct} of ${total} correct`)
    expect(result.getAttribute('data-passed')).toBe(correct / total >= 0.8 ? '1' : '0')

    for (const q of questions) {
      const card = screen.getByTestId(`question-${q.id}`)
      expect(card.getAttribute('data-result'), `${q.id} (${q.type})`).toBe(
        wrong.has(q.id) ? 'incorrect' : 'correct',
      )
      const feedback = within(card).getByTestId('question-feedback')
      expect(feedback.textContent).toContain(q.explanation.en as string)
      expect(within(card).getByTestId('go-to-section').getAttribute('href')).toBe(
        `/learn/lesson/${q.lesson}#${q.section}`,
      )
      if (wrong.has(q.id)) expect(feedback.textContent).toContain('Correct answer:')
    }
    const single = questions.find((q) => q.type === 'single') as Question
    expect(screen.getByTestId(`question-${single.id}`).textContent).toContain(
      `Correct answer: ${optionText(single, single.answer[0] as string)}`,
    )

    await waitFor(async () => expect(await db.quizAttempts.count()).toBe(1))
    const [row] = await db.quizAttempts.toArray()
    expect(row?.source).toBe('builtin')
    expect(row?.module).toBe('m1')
    expect(row?.attempt.score).toBeCloseTo(correct / total)
    expect(row?.attempt.questions).toHaveLength(total)
    expect(
      row?.attempt.questions
        .filter((x) => !x.correct)
        .map((x) => x.id)
        .sort(),
    ).toEqual([...wrong].sort())
  })

  it('passes with every answer right, and a retake starts a fresh attempt', async () => {
    renderAt('/learn/quiz/m1')
    await screen.findByTestId('quiz-attempt')
    for (const q of questions) answer(q, true)
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-quiz'))
    })
    const result = await screen.findByTestId('quiz-result')
    expect(result.getAttribute('data-passed')).toBe('1')
    expect(within(result).getByTestId('quiz-score').textContent).toContain('100 %')
    await waitFor(() =>
      expect(within(result).getByTestId('quiz-best').textContent).toContain('Best score: 100 %'),
    )

    const seed = screen.getByTestId('quiz-attempt').getAttribute('data-seed')
    fireEvent.click(screen.getByTestId('retake'))
    expect(screen.queryByTestId('quiz-result')).toBeNull()
    expect(screen.getByTestId('quiz-attempt').getAttribute('data-seed')).not.toBe(seed)
    expect(screen.getByTestId('unanswered').textContent).toContain(
      `${questions.length - 1} questions`,
    )
    expect(await db.quizAttempts.count()).toBe(1)
  })

  it('asks before submitting with unanswered questions, and a typed number may use a comma or %', async () => {
    renderAt('/learn/quiz/m1')
    await screen.findByTestId('quiz-attempt')
    const numeric =
      questions.find((q) => q.type === 'numeric' && !Number.isInteger(q.answer[0])) ??
      (questions.find((q) => q.type === 'numeric') as Question)
    const input = within(screen.getByTestId(`question-${numeric.id}`)).getByTestId('numeric-input')
    fireEvent.change(input, { target: { value: 'abc' } })
    expect(screen.getByText(/Type a number only/)).toBeTruthy()
    fireEvent.change(input, { target: { value: String(numeric.answer[0]).replace('.', ',') } })
    expect(screen.queryByText(/Type a number only/)).toBeNull()

    fireEvent.click(screen.getByTestId('submit-quiz'))
    expect((await screen.findAllByText(/questions not answered yet/)).length).toBeGreaterThan(0)
    await act(async () => {
      fireEvent.click(screen.getByText('Submit anyway'))
    })
    await screen.findByTestId('quiz-result')
    expect(screen.getByTestId(`question-${numeric.id}`).getAttribute('data-result')).toBe('correct')
  })

  it('says so for a module without a quiz', async () => {
    renderAt('/learn/quiz/nope')
    expect(await screen.findByText(/has no quiz/)).toBeTruthy()
  })
})
