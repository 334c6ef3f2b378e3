import { contract, type Channel, type Handlers } from '../shared/ipc/contract'
import { isTrustedSender, type FrameLike } from './policy/sender'

/** The part of an IpcMainInvokeEvent the guard reads. */
export interface InvokeEventLike {
  senderFrame: FrameLike | null
}

/**
 * Wraps a handler so it runs only for the app's own top frame and only with arguments the
 * contract's schema accepts (handlers take `unknown` and narrow it — VS Code's validatedIpcMain).
 */
export function guardHandler<C extends Channel>(
  channel: C,
  handler: Handlers[C],
  allowedOrigins: () => readonly string[],
): (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown> {
  return async (event, ...args) => {
    if (!isTrustedSender(event.senderFrame, allowedOrigins())) {
      throw new Error(`${channel}: refused an untrusted sender`)
    }
    const parsed = contract[channel].args.safeParse(args)
    if (!parsed.success) throw new Error(`${channel}: invalid arguments`)
    return (handler as (...a: unknown[]) => Promise<unknown>)(...(parsed.data as unknown[]))
  }
}
