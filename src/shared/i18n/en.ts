import { cliEn } from './cli.en'
import { analyseEn } from './analyse.en'
import { planEn } from './plan.en'
import { promoteEn } from './promote.en'
import { planUiEn } from './plan-ui.en'
import { risksUiEn } from './risks-ui.en'
import { promoteUiEn } from './promote-ui.en'
import { calendarUiEn } from './calendar-ui.en'
import { learnEn } from './learn.en'
import { importerEn } from './importer.en'
import { kpiEn } from './kpi.en'
import { parseEn } from './parse.en'

/** English UI strings. zh-CN.ts must have exactly the same keys (typed and tested). */
export const en = {
  app: {
    name: 'ShopBridge',
    tagline: 'Take your shop online — learn, plan, analyse, promote, protect',
    offline: 'Works offline. Your data stays on this computer.',
  },
  nav: {
    home: 'Home',
    learn: 'Learn',
    plan: 'Plan',
    analyse: 'Analyse',
    promote: 'Promote',
    risks: 'Risks',
    settings: 'Settings',
  },
  home: {
    greeting: 'Welcome, {{name}}',
    greetingNoName: 'Welcome to ShopBridge',
    intro:
      'ShopBridge walks a physical shop through going online, step by step, on this computer alone: no account, no internet needed.',
    whereToStart: 'Where to start',
    stepProfileTitle: 'Tell us about your shop',
    stepProfileDesc: 'Name, kind of shop, city and currency appear on every plan and report.',
    stepLearnTitle: 'Take the course',
    stepLearnDesc: 'Six short modules on running an online shop, with quizzes and a certificate.',
    stepPlanTitle: 'Write your plan',
    stepPlanDesc: 'Goals, platform choice, onboarding, marketing, logistics, risks and budget.',
    stepAnalyseTitle: 'Check your numbers',
    stepAnalyseDesc: 'Import sales exports and see conversion, AOV, return rate and more.',
    stepPromoteTitle: 'Plan a promotion',
    stepPromoteDesc: 'Work out whether a discount pays off before you run it.',
    stepProtectTitle: 'Keep your data safe',
    stepProtectDesc: 'Back up everything to a file you can keep on a USB stick.',
    go: 'Open',
    shopCard: 'Your shop',
    noShopName: 'No shop name yet',
  },
  settings: {
    title: 'Settings',
    profileTitle: 'Shop profile',
    profileHelp: 'Used on the home page and printed on every plan, report and certificate.',
    name: 'Shop name',
    namePlaceholder: 'e.g. 阳光书店 Sunshine Books',
    type: 'Kind of shop',
    types: {
      bookstore: 'Bookstore',
      apparel: 'Apparel',
      grocery: 'Supermarket / grocery',
      appliances: 'Appliances',
      other: 'Other',
    },
    city: 'City',
    currency: 'Currency',
    timeZone: 'Time zone',
    ownerName: 'Owner name',
    save: 'Save profile',
    saved: 'Profile saved',
    invalid: 'Please correct the highlighted fields.',
    languageTitle: 'Language and reading',
    language: 'Language',
    largeText: 'Larger text',
    largeTextHelp: 'Makes all text bigger for easier reading.',
    printTitle: 'Print',
    printProfile: 'Shop profile summary (PDF)',
    aboutTitle: 'About',
    version: 'Version {{version}}',
    dataLocation: 'Data is stored in',
    dataLocationWeb: 'This browser’s storage for this site (web mode).',
  },
  backup: {
    title: 'Backup and restore',
    help: 'One file holds everything: profile, progress, plans, imports. Keep a copy somewhere other than this computer.',
    backupNow: 'Back up everything',
    backupSaved: 'Backup saved',
    backupSavedTo: 'Backup saved to {{path}}',
    backupCancelled: 'Backup not saved',
    restore: 'Restore from a file…',
    restoring: 'Checking the file…',
    confirmTitle: 'Replace all data with this backup?',
    confirmBody:
      'Everything now in ShopBridge will be replaced by the contents of this backup. This cannot be undone — back up first if unsure.',
    confirmOk: 'Replace my data',
    createdAt: 'Made on',
    appVersion: 'App version',
    contents: 'Contents',
    rows: '{{count}} items',
    areaNames: {
      settings: 'Settings and profile',
      learn: 'Learning progress',
      plan: 'Plans',
      analyse: 'Imported data',
      promote: 'Campaigns',
      risks: 'Risks',
    },
    restored: 'Backup restored',
    autoTitle: 'Automatic daily backups',
    autoHelp: 'The desktop app saves a backup each day it is used and keeps the last 7.',
    autoDir: 'Folder',
    autoNone: 'No automatic backup yet.',
    autoWeb: 'Automatic backups need the desktop app. In web mode, use “Back up everything”.',
    autoRestore: 'Restore',
    errors: {
      empty: 'The file is empty. Choose a backup file made with “Back up everything”.',
      notJson:
        'This is not a ShopBridge backup (it is not readable as a backup file). Choose a file named like shopbridge-backup-2026-01-31.json.',
      foreign:
        'This file was not made by ShopBridge. Choose a file made with “Back up everything”.',
      damaged:
        'The backup file is damaged (parts are missing). Nothing was changed. Try another copy of the backup.',
      checksum:
        'The backup file was changed or damaged after it was saved. Nothing was changed. Try another copy of the backup.',
      newer:
        'This backup was made by a newer version of ShopBridge ({{version}}). Nothing was changed. Update ShopBridge, then restore it.',
      unknownTable:
        'The backup holds data this version does not know ({{table}}). Nothing was changed. Update ShopBridge, then restore it.',
      invalidRow:
        'The backup has an invalid entry ({{table}}, item {{row}}, field {{field}}). Nothing was changed. Try another copy of the backup.',
      readFailed: 'The file could not be read. Nothing was changed. Check the file and try again.',
      writeFailed: 'The data could not be replaced. Nothing was changed. Try again.',
    },
  },
  print: {
    title: 'Print preview',
    pageSize: 'Paper',
    margins: 'Margins',
    marginOptions: { normal: 'Normal', narrow: 'Narrow', wide: 'Wide' },
    landscape: 'Landscape',
    savePdf: 'Save as PDF',
    printing: 'Creating the PDF…',
    saved: 'PDF saved to {{path}}',
    webHint: 'Your browser’s print dialog opens: choose “Save as PDF” as the printer.',
    pageOf: 'Page {{page}} of {{pages}}',
    back: 'Back',
    profileSummary: {
      title: 'Shop profile summary',
      generated: 'Printed on {{date}}',
      fields: 'Profile',
      settingsTitle: 'Settings',
      language: 'Language',
      nextStepsTitle: 'Suggested next steps',
      nextSteps1: 'Take module 1 of the course: e-commerce operations overview.',
      nextSteps2: 'Write a first transformation plan from the template for your kind of shop.',
      nextSteps3: 'Back up your data every week and keep the file somewhere safe.',
    },
  },
  external: {
    confirmTitle: 'Open a website?',
    confirmBody:
      'This opens {{url}} in your web browser, outside ShopBridge. It needs an internet connection.',
    open: 'Open in browser',
    blocked: 'This link cannot be opened: only http and https web addresses are allowed.',
  },
  menu: {
    file: 'File',
    backupNow: 'Back Up Everything…',
    settings: 'Settings',
    home: 'Home',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullscreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close',
    help: 'Help',
    about: 'About ShopBridge',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    notSet: 'Not set',
    loading: 'Loading…',
    yes: 'Yes',
    no: 'No',
  },
  languages: { 'zh-CN': '简体中文', en: 'English' },
  errors: {
    timeZone: 'Unknown time zone',
    generic: 'Something went wrong. Nothing was changed. Try again.',
    tooLong: 'Too long (at most 80 characters)',
    dbFailed:
      'ShopBridge could not open its data store. Close other ShopBridge windows and restart. Your data has not been deleted.',
  },
  parse: parseEn,
  importer: importerEn,
  analyse: analyseEn,
  plan: planEn,
  promote: promoteEn,
  planUi: planUiEn,
  risksUi: risksUiEn,
  promoteUi: promoteUiEn,
  calendarUi: calendarUiEn,
  learn: learnEn,
  cli: cliEn,
  kpi: kpiEn,
}

/** Shape of a UI string table: the same nested keys with string values. */
export type Messages = DeepStrings<typeof en>
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }
