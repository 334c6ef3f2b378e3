/** Identity of the app; shared by the shell, the installers and backups. */
export const APP_ID = 'com.shopbridge.app'
/** Product name shown in window titles, installers and PDFs. */
export const PRODUCT_NAME = 'ShopBridge 店桥'
/** The custom protocol the desktop shell serves the renderer from (chosen once: IndexedDB data belongs to this origin). */
export const APP_SCHEME = 'app'
/** Host part of the app's origin: app://shopbridge */
export const APP_HOST = 'shopbridge'
/** The renderer's origin in the desktop app. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
