import { BRIDGE_GLOBAL, type DesktopBridge } from '@shared/ipc/contract'
import { desktopPlatform } from './desktop'
import type { PlatformApi } from './types'
import { webPlatform } from './web'

let current: PlatformApi | null = null

/** The platform the renderer runs on: the desktop bridge when the preload defined it, else web mode. */
export function platform(): PlatformApi {
  if (!current) {
    const bridge = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as
      DesktopBridge | undefined
    current = bridge ? desktopPlatform(bridge) : webPlatform()
  }
  return current
}

/** Replaces the platform (tests). */
export function setPlatformForTests(p: PlatformApi | null): void {
  current = p
}

export type { PlatformApi, Capabilities, SaveRequest, PrintRequest } from './types'
