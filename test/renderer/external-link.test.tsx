import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ExternalLink } from '@renderer/components/ExternalLink'
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

function setup(href: string) {
  const openExternal = vi.fn(async () => true)
  setPlatformForTests({ ...webPlatform(), openExternal })
  render(
    <AntApp>
      <ExternalLink href={href}>Taobao seller centre</ExternalLink>
    </AntApp>,
  )
  return openExternal
}

describe('external links', () => {
  it('open in the system browser only after the user confirms', async () => {
    const openExternal = setup('https://seller.taobao.com/')
    fireEvent.click(screen.getByText('Taobao seller centre'))
    expect(openExternal).not.toHaveBeenCalled()
    expect((await screen.findAllByText('Open a website?')).length).toBeGreaterThan(0)
    expect(screen.getAllByText(/https:\/\/seller\.taobao\.com\//).length).toBeGreaterThan(0)
    await act(async () => {
      fireEvent.click(screen.getByText('Open in browser'))
    })
    await waitFor(() => expect(openExternal).toHaveBeenCalledWith('https://seller.taobao.com/'))
  })

  it('are not opened when the user cancels', async () => {
    const openExternal = setup('https://www.jd.com/')
    fireEvent.click(screen.getByText('Taobao seller centre'))
    expect((await screen.findAllByText('Open a website?')).length).toBeGreaterThan(0)
    await act(async () => {
      fireEvent.click(screen.getByText('Cancel'))
    })
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuse anything but http and https', async () => {
    const openExternal = setup('javascript:alert(1)')
    fireEvent.click(screen.getByText('Taobao seller centre'))
    await screen.findByText(/only http and https/)
    expect(screen.queryByText('Open a website?')).toBeNull()
    expect(openExternal).not.toHaveBeenCalled()
  })
})
