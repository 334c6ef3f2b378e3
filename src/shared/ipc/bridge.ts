/** Name of the global the preload defines (kept free of imports so the sandboxed preload stays tiny). */
export const BRIDGE_GLOBAL = 'shopbridge'
