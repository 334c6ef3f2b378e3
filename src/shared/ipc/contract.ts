import { z } from 'zod'
import { localeSchema } from '../locale'
import { printOptionsSchema, PRINTABLE_PAGES } from '../print'
import { isIsoDate } from '../dates'

/**
 * The one contract between the renderer and the desktop shell (Actual Budget's typed handler map):
 * every channel names its argument tuple and its result as zod schemas. `main` validates every
 * argument with these schemas before a handler runs; the preload object `satisfies` DesktopBridge,
 * so a channel missing on either side is a compile error.
 */

const isoDateSchema = z.string().refine(isIsoDate, 'not a YYYY-MM-DD date')
const fileFilterSchema = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(10),
})

/** What the shell tells the renderer about itself. */
export const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  userDataDir: z.string(),
  backupDir: z.string(),
})
/** What the shell tells the renderer about itself. */
export type AppInfo = z.infer<typeof appInfoSchema>

/** Outcome of anything that ends in a save dialog. */
export const saveResultSchema = z.object({ saved: z.boolean(), path: z.string().optional() })
/** Outcome of anything that ends in a save dialog. */
export type SaveResult = z.infer<typeof saveResultSchema>

/** One automatic backup file in the app's data folder. */
export const autoBackupEntrySchema = z.object({
  name: z.string(),
  date: isoDateSchema,
  size: z.number().int().nonnegative(),
})
/** One automatic backup file in the app's data folder. */
export type AutoBackupEntry = z.infer<typeof autoBackupEntrySchema>

/** Largest payload a renderer may ask the shell to write (a backup of a big shop is tens of MB). */
export const MAX_WRITE_BYTES = 512 * 1024 * 1024

const contentSchema = z.union([
  z.string().max(MAX_WRITE_BYTES),
  z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_WRITE_BYTES, 'too large'),
])

/** Menu commands the shell sends to the renderer. */
export const menuCommandSchema = z.enum(['open-settings', 'backup-now', 'open-home'])
/** A menu command. */
export type MenuCommand = z.infer<typeof menuCommandSchema>

/** Request / response channels (renderer → main, `ipcRenderer.invoke`). */
export const contract = {
  'app:getInfo': { args: z.tuple([]), result: appInfoSchema },
  'app:setLocale': { args: z.tuple([localeSchema]), result: z.void() },
  'files:save': {
    args: z.tuple([
      z.object({
        suggestedName: z.string().min(1).max(200),
        content: contentSchema,
        filters: z.array(fileFilterSchema).max(5),
      }),
    ]),
    result: saveResultSchema,
  },
  'backup:writeAuto': {
    args: z.tuple([z.object({ date: isoDateSchema, content: z.string().max(MAX_WRITE_BYTES) })]),
    result: z.object({ path: z.string(), kept: z.number().int() }),
  },
  'backup:listAuto': {
    args: z.tuple([]),
    result: z.object({ dir: z.string(), files: z.array(autoBackupEntrySchema) }),
  },
  'backup:readAuto': {
    args: z.tuple([z.object({ name: z.string().regex(/^(?!.*\.\.)[\w.-]{1,100}$/) })]),
    result: z.object({ content: z.string() }),
  },
  'print:toPdf': {
    args: z.tuple([
      z.object({
        page: z.enum(PRINTABLE_PAGES),
        params: z.record(z.string().regex(/^\w{1,30}$/), z.string().max(200)).optional(),
        options: printOptionsSchema,
        suggestedName: z.string().min(1).max(200),
      }),
    ]),
    result: saveResultSchema,
  },
  'print:ready': { args: z.tuple([]), result: z.void() },
  'shell:openExternal': {
    args: z.tuple([z.object({ url: z.string().max(2048) })]),
    result: z.object({ opened: z.boolean() }),
  },
} as const

/** Events the shell pushes to the renderer (main → renderer, `webContents.send`). */
export const events = {
  'menu:command': menuCommandSchema,
} as const

/** A request channel name. */
export type Channel = keyof typeof contract
/** The argument tuple of a channel. */
export type ChannelArgs<C extends Channel> = z.infer<(typeof contract)[C]['args']>
/** The result of a channel. */
export type ChannelResult<C extends Channel> = z.infer<(typeof contract)[C]['result']>
/** Main's handler map: one async function per channel, typed by the contract. */
export type Handlers = { [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> }
/** An event channel name. */
export type EventChannel = keyof typeof events
/** The payload of an event. */
export type EventPayload<E extends EventChannel> = z.infer<(typeof events)[E]>

/**
 * The object the preload exposes as `window.shopbridge`: a named function per channel and one
 * subscription function per event that returns its unsubscribe. Nothing else crosses the bridge.
 */
export type DesktopBridge = {
  invoke: { [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> }
  on: { [E in EventChannel]: (listener: (payload: EventPayload<E>) => void) => () => void }
}

/** All request channel names, for registration loops and tests. */
export const CHANNELS = Object.keys(contract) as Channel[]
/** All event channel names. */
export const EVENT_CHANNELS = Object.keys(events) as EventChannel[]

export { BRIDGE_GLOBAL } from './bridge'
