import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { zipSync } from 'fflate'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/db'
import { CoachPanel } from '@renderer/features/learn/CoachPanel'
import { PacksPanel } from '@renderer/features/learn/PacksPanel'
import { initI18n } from '@renderer/i18n'

const EXAMPLE = resolve(__dirname, '../../docs/example-pack')

function exampleFiles(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {}
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out[relative(EXAMPLE, p).split('\\').join('/')] = new Uint8Array(readFileSync(p))
    }
  }
  walk(EXAMPLE)
  return out
}

beforeAll(async () => {
  await initI18n('en')
})
beforeEach(async () => {
  await Promise.all([db.packs.clear(), db.learners.clear()])
})
afterEach(cleanup)

const choose = async (input: HTMLElement, files: File[]) => {
  await act(async () => {
    fireEvent.change(input, { target: { files } })
  })
}

describe('PacksPanel', () => {
  it('imports a valid pack after showing what it holds, then removes it', async () => {
    render(
      <AntApp>
        <PacksPanel />
      </AntApp>,
    )
    expect(await screen.findByText('No packs imported yet.')).toBeTruthy()
    const zip = new File([zipSync(exampleFiles())], 'community-selling.zip')
    await choose(screen.getByTestId('pack-zip-input'), [zip])
    const dialog = await screen.findByTestId('pack-confirm-dialog')
    expect(within(dialog).getByTestId('pack-summary').textContent).toBe(
      '1 modules, 2 lessons, 8 quiz questions',
    )
    expect(within(dialog).getByText('No problems found.')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByTestId('pack-confirm'))
    })
    await waitFor(async () => expect(await db.packs.count()).toBe(1))
    const row = await screen.findByTestId('pack-row')
    expect(row.textContent).toContain('Selling in customer groups')
    expect(row.textContent).toContain('Version 1.0.0')
    expect(screen.getByText('Example Small Business Training Centre')).toBeTruthy()

    await act(async () => {
      fireEvent.click(screen.getByTestId('pack-remove'))
    })
    const pop = await waitFor(() => {
      const el = document.querySelector('.ant-popconfirm')
      if (!el) throw new Error('no confirmation')
      return el as HTMLElement
    })
    expect(pop.textContent).toContain('Remove the pack “Selling in customer groups”?')
    await act(async () => {
      fireEvent.click(within(pop).getByRole('button', { name: 'Remove' }))
    })
    await waitFor(async () => expect(await db.packs.count()).toBe(0))
    expect(await screen.findByText('No packs imported yet.')).toBeTruthy()
  })

  it('lists the problems of a pack without a readable lesson and stores nothing', async () => {
    render(
      <AntApp>
        <PacksPanel />
      </AntApp>,
    )
    const files = exampleFiles()
    delete files['pack.json']
    const zip = new File([zipSync(files)], 'broken.zip')
    await choose(screen.getByTestId('pack-zip-input'), [zip])
    const refused = await screen.findByTestId('pack-refused')
    const problems = within(refused).getAllByTestId('pack-problem')
    expect(problems.map((p) => p.getAttribute('data-key'))).toEqual(['learn.errors.packMissing'])
    expect(problems[0]?.textContent).toContain('This pack has no pack.json')
    expect(await db.packs.count()).toBe(0)
  })

  it('refuses an SVG with its translated reason', async () => {
    render(
      <AntApp>
        <PacksPanel />
      </AntApp>,
    )
    const zip = new File(
      [zipSync({ ...exampleFiles(), 'm1/images/x.svg': new TextEncoder().encode('<svg/>') })],
      'svg.zip',
    )
    await choose(screen.getByTestId('pack-zip-input'), [zip])
    const refused = await screen.findByTestId('pack-refused')
    expect(within(refused).getByText(/SVG pictures are not allowed/)).toBeTruthy()
    expect(within(refused).getByText('m1/images/x.svg')).toBeTruthy()
    expect(await db.packs.count()).toBe(0)
  })
})

describe('CoachPanel', () => {
  it('imports learner files: a good one is listed, a bad one shows its error', async () => {
    render(
      <AntApp>
        <CoachPanel />
      </AntApp>,
    )
    expect(await screen.findByText('No learner progress imported yet.')).toBeTruthy()
    const good = JSON.stringify({
      format: 'shopbridge-progress',
      version: 1,
      learnerName: '李明',
      shopName: '阳光书店',
      exportedAt: '2026-11-25T10:00:00.000Z',
      courseSource: 'builtin',
      lessons: [{ id: 'm1-l1', status: 'done' }],
      attempts: [
        {
          module: 'm1',
          finishedAt: '2026-11-24T10:00:00.000Z',
          score: 0.5,
          questions: [
            { id: 'm1-q1', correct: false },
            { id: 'm1-q2', correct: true },
          ],
        },
      ],
    })
    await choose(screen.getByTestId('coach-import-input'), [
      new File([good], 'li.json'),
      new File(['not json'], 'bad.json'),
    ])
    expect((await screen.findByTestId('coach-learner')).textContent).toBe('李明')
    expect(screen.getByTestId('coach-lessons-done').textContent).toBe('1')
    expect(screen.getByTestId('coach-best').textContent).toBe('m1: 50%')
    const error = await screen.findByTestId('coach-import-error')
    expect(error.textContent).toContain('Not imported: bad.json')
    expect(error.textContent).toContain('cannot be read near line 1')
    // The hardest question first, with its text from the built-in course.
    const first = screen.getAllByTestId('coach-question')[0]
    expect(first?.textContent).toBe('m1-q1')
    expect(screen.getAllByTestId('coach-wrong-share')[0]?.textContent).toBe('100%')
    expect(screen.getByText(/NOT one of the four core areas/)).toBeTruthy()
  })
})
