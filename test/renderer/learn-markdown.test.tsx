import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  imageSources,
  Markdown,
  renderMarkdown,
  splitSections,
  type ImageResolver,
} from '@renderer/components/Markdown'
import { initI18n } from '@renderer/i18n'
import { setPlatformForTests } from '@renderer/platform'
import { webPlatform } from '@renderer/platform/web'

beforeAll(async () => {
  await initI18n('en')
})
afterEach(() => {
  cleanup()
  setPlatformForTests(null)
})

function mount(source: string, resolveImage?: ImageResolver) {
  const openExternal = vi.fn(async () => true)
  setPlatformForTests({ ...webPlatform(), openExternal })
  const { container } = render(
    <AntApp>
      <Markdown source={source} idPrefix="sec-" resolveImage={resolveImage} />
    </AntApp>,
  )
  return { root: container.querySelector('.markdown') as HTMLElement, openExternal }
}

/** Every attribute of every element under root, as "name=value". */
function attributes(root: Element): string[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].map((a) => `${a.name}=${a.value}`),
  )
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '',
  'Inline <script>alert(2)</script> and <img src=x onerror=alert(3)> here.',
  '',
  '<img src=x onerror="alert(4)">',
  '',
  '[click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=) and [file](file:///etc/passwd) and [rel](../x.html) and [JS](  JaVaScRiPt:alert(5))',
  '',
  '![evil picture](https://evil/x.png) ![tracker](http://evil/t.gif) ![inline](data:image/png;base64,iVBORw0KGgo=)',
  '',
  '<a href="javascript:alert(6)">html link</a> <iframe src="https://evil"></iframe>',
  '',
  '<svg onload=alert(7)></svg>',
].join('\n')

describe('Markdown (lesson text) is rendered safely', () => {
  it('leaves no script, img, iframe, event handler or javascript: URL in the DOM', () => {
    const { root } = mount(HOSTILE)
    for (const tag of ['script', 'img', 'iframe', 'svg', 'object', 'embed'])
      expect(root.querySelectorAll(tag), tag).toHaveLength(0)
    const attrs = attributes(root)
    expect(attrs.filter((a) => /^on/i.test(a))).toEqual([])
    expect(attrs.filter((a) => /javascript:|data:|file:|evil/i.test(a))).toEqual([])
    // No link survives: none of them was http(s).
    expect(root.querySelectorAll('a')).toHaveLength(0)
  })

  it('shows raw HTML as text instead of parsing it', () => {
    const { root } = mount(HOSTILE)
    expect(root.textContent).toContain('<script>alert(1)</script>')
    expect(root.textContent).toContain('<img src=x onerror=alert(3)>')
  })

  it('keeps the text of dropped links and the alt text of dropped pictures', () => {
    const { root } = mount(HOSTILE)
    const text = root.textContent ?? ''
    for (const s of ['click me', 'data', 'file', 'rel', 'JS', 'evil picture', 'tracker', 'inline'])
      expect(text).toContain(s)
    expect(text).not.toMatch(/javascript:alert\(1\)/i)
    expect(text).not.toContain('https://evil/x.png')
  })

  it('keeps http(s) links, opened only after the confirm dialog', async () => {
    const { root, openExternal } = mount(
      'See [Taobao](https://seller.taobao.com/ "Seller centre").',
    )
    const a = root.querySelector('a') as HTMLAnchorElement
    expect(a.getAttribute('href')).toBe('https://seller.taobao.com/')
    expect(a.getAttribute('rel')).toBe('noopener noreferrer')
    expect(a.hasAttribute('data-external')).toBe(true)
    fireEvent.click(a)
    expect(openExternal).not.toHaveBeenCalled()
    expect((await screen.findAllByText('Open a website?')).length).toBeGreaterThan(0)
    await act(async () => {
      fireEvent.click(screen.getByText('Open in browser'))
    })
    await waitFor(() => expect(openExternal).toHaveBeenCalledWith('https://seller.taobao.com/'))
  })

  it('shows only pictures the resolver knows (a pack’s own), nothing remote', () => {
    const resolve: ImageResolver = (src) => (src === 'images/shop.png' ? 'blob:app/1234' : null)
    const { root } = mount(
      '![Our shop](images/shop.png) ![Remote](https://cdn.example.com/a.png) ![Gone](images/none.png)',
      resolve,
    )
    const imgs = [...root.querySelectorAll('img')]
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['blob:app/1234'])
    expect(imgs[0]?.getAttributeNames().sort()).toEqual(['alt', 'src'])
    expect(root.textContent).toContain('Remote')
    expect(root.textContent).toContain('Gone')
  })

  it('turns {#id} on ## headings into prefixed ids', () => {
    const { root } = mount('Intro\n\n## Why it matters {#why}\n\nText\n\n## Plain heading\n')
    const h2 = [...root.querySelectorAll('h2')]
    expect(h2.map((h) => h.id)).toEqual(['sec-why', ''])
    expect(h2[0]?.textContent).toBe('Why it matters')
  })

  it('renders tables, lists and checklists', () => {
    const html = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] todo\n- [x] done\n')
    expect(html).toContain('<table>')
    expect(html).toContain('☐ todo')
    expect(html).toContain('☑ done')
  })
})

describe('splitSections and imageSources', () => {
  it('splits at ## headings only (not inside code), keeping the introduction', () => {
    const src = [
      'Intro line',
      '',
      '## First {#first}',
      'One',
      '```',
      '## not a heading',
      '```',
      '## Second {#second}',
      'Two',
    ].join('\n')
    const parts = splitSections(src)
    expect(parts.map((p) => [p.id, p.title])).toEqual([
      [null, ''],
      ['first', 'First'],
      ['second', 'Second'],
    ])
    expect(parts[1]?.body).toContain('## not a heading')
    expect(parts[2]?.body.trim()).toBe('Two')
  })

  it('lists picture sources as written', () => {
    expect(imageSources('![a](images/a.png) text ![b](https://x/b.png)')).toEqual([
      'images/a.png',
      'https://x/b.png',
    ])
  })
})
