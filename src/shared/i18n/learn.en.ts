/** English strings of the Learn screens and the course content checks (keys `learn.*`); learn.zh-CN.ts has the same keys. */
export const learnEn = {
  title: 'Learn',
  subtitle: 'E-commerce operations for physical shops, in short lessons you can read offline.',
  course: 'Course',
  courseTitle: 'E-commerce operations for physical shops',
  module: 'Module',
  moduleN: 'Module {{n}}',
  modules: 'Modules',
  lesson: 'Lesson',
  lessonN: 'Lesson {{n}}',
  lessons: 'Lessons',
  minutes: '{{count}} min',
  status: {
    'not-started': 'Not started',
    reading: 'Reading',
    done: 'Done',
  },
  progress: '{{done}} of {{total}} lessons',
  progressPercent: '{{percent}} % done',
  modulesMastered: '{{done}} of {{total}} modules mastered',
  timeSpent: 'Reading time: {{minutes}} min',
  start: 'Start the course',
  resume: 'Continue where you left off',
  resumeAt: 'Continue: {{lesson}}',
  nextLesson: 'Next lesson',
  previousLesson: 'Previous lesson',
  markDone: 'Mark as read',
  markedDone: 'Lesson done',
  backToCourse: 'Back to the course',
  allDone: 'You have read every lesson. Well done!',
  overallProgress: 'Overall progress',
  homeCard: 'Your course',
  printLesson: 'Print this lesson',
  keyboardHint: 'Tip: the ← and → keys open the previous and next lesson.',
  lessonNotFound: 'This lesson is not in the course you are taking.',
  lessonInBuiltin: 'It is a lesson of the built-in course. Switch to that course to read it.',
  switchToBuiltin: 'Switch to the built-in course',
  colon: ': ',
  trainer: {
    title: 'Trainer packs and progress',
    help: 'Take an extra course your trainer gave you as a pack, or send your progress to your trainer.',
    link: 'Trainer packs and progress',
  },
  emptyCourse: 'No module of this course could be loaded.',
  builtinProblems:
    'Some course files have problems ({{count}}). The parts affected are left out; everything else works.',
  toc: 'Contents',
  notes: 'My notes',
  notesPlaceholder: 'Write down what you want to try in your own shop…',
  notesSaved: 'Notes saved',
  bookmark: 'Bookmark this section',
  removeBookmark: 'Remove bookmark',
  bookmarks: 'Bookmarks',
  noBookmarks: 'No bookmarks yet. Use the bookmark button next to a section heading.',
  reset: {
    button: 'Reset progress',
    confirmTitle: 'Reset your learning progress?',
    confirmBody:
      'All lessons go back to “not started”, and your quiz scores, notes and bookmarks are deleted. Your certificate can no longer be printed until you pass the quizzes again. This cannot be undone — back up first if unsure.',
    confirmOk: 'Reset progress',
    done: 'Progress reset',
  },
  glossary: {
    title: 'Glossary',
    search: 'Search terms',
    empty: 'No term matches.',
    inLesson: 'Explained in: {{lesson}}',
    termsInLesson: 'Terms in this lesson',
    count: '{{count}} terms of e-commerce, each explained in plain words.',
    open: 'Open the glossary',
    explainedIn: 'Explained in:',
  },
  tryIt: {
    title: 'Try it',
    open: 'Open',
    analyseHint:
      'If Analyse is still empty, click “Load sample data” there: it fills in a small sample shop to explore.',
    comingSoon:
      'This tool comes in a later version of ShopBridge. Until then, write your answers in “My notes”.',
    ids: {
      none: 'No exercise for this lesson',
      'plan-platform': 'Compare platforms for your shop',
      plan: 'Write this part of your plan',
      'analyse-sample': 'Explore the sample shop’s numbers',
      promote: 'Work out a promotion',
      risks: 'Fill in your risk register',
    },
  },
  quiz: {
    title: 'Module quiz',
    intro: '{{count}} questions. Pass mark: {{percent}} %.',
    start: 'Start the quiz',
    submit: 'Submit answers',
    next: 'Next question',
    previous: 'Previous question',
    questionOf: 'Question {{n}} of {{total}}',
    unanswered: '{{count}} questions not answered yet.',
    correct: 'Correct',
    incorrect: 'Not quite',
    explanation: 'Explanation',
    correctAnswer: 'Correct answer: {{answer}}',
    yourScore: 'Your score: {{percent}} %',
    scoreDetail: '{{correct}} of {{total}} correct',
    best: 'Best score: {{percent}} %',
    notTaken: 'Not taken yet',
    mastery: 'Mastery at 80 %',
    passed: 'Passed — module mastered!',
    notPassed: 'Not passed yet. Read the sections below again and retake the quiz.',
    retake: 'Retake the quiz',
    goToSection: 'Go to the lesson section',
    numericPlaceholder: 'Type a number, e.g. 12.5',
    numericUnreadable: 'Type a number only (digits, a decimal point, and % if you like).',
    unit: 'Unit: {{unit}}',
    selectOne: 'Choose one answer',
    selectAll: 'Select all that apply',
    orderHint: 'Use the arrow buttons to put the items in the right order, first at the top',
    moveUp: 'Move up',
    moveDown: 'Move down',
    true: 'True',
    false: 'False',
    mastered: 'Mastered',
    notFound: 'This module has no quiz in the course you are taking.',
    passMark: 'Pass mark: {{percent}} %',
    submitAnyway: 'Submit anyway',
  },
  certificate: {
    title: 'Certificate',
    heading: 'Certificate of completion',
    body: 'has completed the course “{{course}}” and passed every module quiz with at least 80 %.',
    awardedTo: 'Awarded to',
    shop: 'Shop',
    date: 'Date',
    modulesAndScores: 'Modules and scores',
    score: '{{percent}} %',
    certificateId: 'Certificate ID',
    unlocked: 'Your certificate is ready.',
    locked: 'The certificate unlocks when every module quiz reaches 80 %.',
    lockedMissing: 'Still to master: {{modules}}',
    learnerName: 'Name on the certificate',
    learnerNamePlaceholder: 'Your full name',
    learnerNameRequired: 'Type the name to print on the certificate.',
    download: 'Download PDF',
    open: 'Open the certificate',
    field: '{{label}}: {{value}}',
    shopMissing: 'No shop name yet: to print it on the certificate, add it in',
  },
  packs: {
    title: 'Trainer content packs',
    help: 'Your trainer can give you extra courses as a pack file. Packs work offline, like the built-in course.',
    import: 'Import a pack…',
    remove: 'Remove',
    removeConfirm:
      'Remove the pack “{{title}}”? Your progress in it is deleted too. The built-in course is not affected.',
    removed: 'Pack removed',
    export: 'Export pack',
    active: 'Active course',
    activate: 'Use this course',
    builtin: 'Built-in course',
    version: 'Version {{version}}',
    author: 'By {{author}}',
    languages: 'Languages',
    none: 'No packs imported yet.',
    imported: 'Pack “{{title}}” imported',
    problemsFound: '{{count}} problems found',
    problemsHelp:
      'The parts with problems were left out; everything else can be used. Send this list to the pack’s author.',
    noProblems: 'No problems found.',
    file: 'File',
    line: 'Line',
    problem: 'Problem',
    field: 'Field',
    importZip: 'Import pack (.zip)…',
    importFolder: 'Import folder…',
    shipped: 'Shipped with the app',
    pack: 'Pack',
    authorColumn: 'Author',
    importedAt: 'Imported',
    readFailed:
      'The pack could not be read. Nothing was imported. Try again, or ask the trainer for the file again.',
    refusedTitle: '“{{name}}” cannot be imported',
    refused:
      'This pack cannot be imported, so nothing was stored. Send the list below to the pack’s author.',
    refusedNoLesson:
      'No lesson of this pack can be read, so nothing was stored. Send the list below to the pack’s author.',
    confirmTitle: 'Import the pack “{{title}}”?',
    replaceTitle: 'Replace the pack “{{title}}”?',
    replaceBody:
      'A pack with the id {{id}} is already imported (version {{version}}, imported {{date}}). It will be replaced by this one; progress in it is kept.',
    confirmOk: 'Import',
    replaceOk: 'Replace',
    contents: 'Contents',
    summary: '{{modules}} modules, {{lessons}} lessons, {{questions}} quiz questions',
    exported: 'Pack saved',
    exportCancelled: 'Pack not saved',
  },
  coach: {
    title: 'Trainer view',
    help: 'Import the progress files your learners exported to see how the group is doing. Nothing is sent anywhere.',
    importProgress: 'Import learner progress…',
    exportProgress: 'Export my progress for my trainer',
    exported: 'Progress exported',
    learners: 'Learners',
    learner: 'Learner',
    shop: 'Shop',
    lessonsDone: 'Lessons done',
    best: 'Best score',
    hardestQuestions: 'Hardest questions',
    question: 'Question',
    attempts: 'Answers',
    wrongShare: 'Answered wrongly',
    empty: 'No learner progress imported yet.',
    exportTitle: 'My progress',
    exportHelp:
      'Save your lesson progress and quiz results as a file and give it to your trainer. It holds your name, your shop’s name, which lessons you finished and your quiz answers (right or wrong) — not your notes or any shop data.',
    yourName: 'Your name',
    namePlaceholder: 'Your name, as your trainer knows it',
    nameRequired: 'Type your name first, so your trainer knows whose progress it is.',
    exportCancelled: 'Progress not saved',
    importedCount: '{{count}} progress files imported',
    notImported: 'Not imported: {{name}}',
    exportedAt: 'Exported',
    remove: 'Remove',
    removeConfirm:
      'Remove {{name}} from the trainer view? Every progress file of this learner is removed.',
    removed: 'Learner removed',
    prompt: 'Question text',
    noAnswers: 'No quiz answers yet.',
  },
  errors: {
    // Files and structure
    badPath:
      'File {{file}}: this is not where lessons go. Lesson files are named like m2/l3.zh-CN.md or m2/l3.en.md. Rename or move the file, or remove it.',
    unknownFile:
      'File {{file}} is not a course file (expected module.json, quiz.json, glossary.json, pack.json or lessons like m1/l1.en.md). Remove it or rename it.',
    emptyFile: 'File {{file}} is empty. Fill it in or remove it.',
    emptyCourse:
      'No module could be loaded from {{file}}. Each module needs a folder such as m1 with a module.json, lessons and a quiz.json.',
    badJson:
      'File {{file}}, line {{line}}: this is not valid JSON (look for a missing comma, quote or bracket on this line or the one before). Fix the file or remove it.',
    rootNotObject:
      'File {{file}}: the file must hold one JSON object in curly braces { … }. Fix the file or remove it.',
    frontMatterMissing:
      'File {{file}}, line {{line}}: the lesson must start with a line of three dashes (---), then its fields (id, module, order, title, minutes, sections, glossary, tryIt), then another --- line. Fix the file or remove it.',
    frontMatterUnclosed:
      'File {{file}}, line {{line}}: the fields at the top are not closed: add a line with three dashes (---) after the last field. Fix the file or remove it.',
    badLine:
      'File {{file}}, line {{line}}: “{{text}}” is not a field. Each line at the top must look like “name: value”. Fix the file or remove it.',
    unknownKey:
      'File {{file}}, line {{line}}: “{{field}}” is not a field this file can have (check spelling and capital letters). Fix the file or remove it.',
    duplicateKey:
      'File {{file}}, line {{line}}: field “{{field}}” is given twice (first on line {{first}}). Keep one. Fix the file or remove it.',
    missingField:
      'File {{file}}, line {{line}}: field “{{field}}” is missing. Add it. Fix the file or remove it.',
    missingLocale:
      'File {{file}}, line {{line}}: field “{{field}}” has no text in {{locale}}. Add the translation. Fix the file or remove it.',
    notText:
      'File {{file}}, line {{line}}: field “{{field}}” must be text in quotes. Fix the file or remove it.',
    emptyText:
      'File {{file}}, line {{line}}: field “{{field}}” is empty. Write the text. Fix the file or remove it.',
    tooLong:
      'File {{file}}, line {{line}}: field “{{field}}” is too long (at most {{max}} characters). Shorten it. Fix the file or remove it.',
    notNumber:
      'File {{file}}, line {{line}}: field “{{field}}” must be a number. Fix the file or remove it.',
    notList:
      'File {{file}}, line {{line}}: field “{{field}}” must be a list in square brackets [ … ]. Fix the file or remove it.',
    notObject:
      'File {{file}}, line {{line}}: field “{{field}}” must be a group of fields in curly braces { … }. Fix the file or remove it.',
    notBoolean:
      'File {{file}}, line {{line}}: field “{{field}}” must be true or false (without quotes). Fix the file or remove it.',
    tooFew:
      'File {{file}}, line {{line}}: field “{{field}}” needs at least {{min}} entries. Fix the file or remove it.',
    intRange:
      'File {{file}}, line {{line}}: field “{{field}}” must be a whole number from {{min}} to {{max}}. Fix the file or remove it.',
    badId:
      'File {{file}}, line {{line}}: “{{value}}” in field “{{field}}” is not a valid id: use only letters, digits and hyphens (like m1-l2 or conversion-rate). Fix the file or remove it.',
    badChoice:
      'File {{file}}, line {{line}}: field “{{field}}” cannot be “{{value}}”; it must be one of: {{options}}. Fix the file or remove it.',
    invalid:
      'File {{file}}, line {{line}}: field “{{field}}” has a value that is not allowed here. Fix the file or remove it.',
    idMismatch:
      'File {{file}}, line {{line}}: id “{{value}}” does not match the file name; it must be “{{expected}}”. Fix the id or rename the file.',
    moduleMismatch:
      'File {{file}}, line {{line}}: field “{{field}}” is “{{value}}”, but the file is in folder {{expected}}. Make them the same.',
    // Lesson bodies
    headingWithoutId:
      'File {{file}}, line {{line}}: the section heading “{{text}}” has no id. Write it as “## Heading {#section-id}” with an id from “sections”. Fix the file or remove it.',
    duplicateSection:
      'File {{file}}, line {{line}}: section “{{section}}” is listed twice in “sections”. Each section needs its own id. Fix the file or remove it.',
    sectionMismatch:
      'File {{file}}, line {{line}}: section {{position}} of the text is “{{found}}”, but “sections” lists “{{expected}}” in that place. The ## headings must follow the list exactly. Fix the file or remove it.',
    sectionMissing:
      'File {{file}}, line {{line}}: “sections” lists “{{section}}”, but the text has no heading “## … {#{{section}}}” in that place. Add the heading or remove it from the list.',
    sectionExtra:
      'File {{file}}, line {{line}}: the heading with id “{{section}}” is not in “sections”. Add it to the list in the right place, or remove the heading.',
    imageOutside:
      'File {{file}}, line {{line}}: the picture “{{src}}” is not inside the course. Pictures must be files next to the lessons (like images/photo.png), not web addresses or other folders. Fix the file or remove it.',
    imageMissing:
      'File {{file}}, line {{line}}: the picture “{{src}}” is not in the course files. Add the picture or remove it from the lesson.',
    // Quizzes
    duplicateOption:
      'File {{file}}, line {{line}}: answer option “{{option}}” is listed twice in one question. Give each option its own id. Fix the file or remove it.',
    answerNotOption:
      'File {{file}}, line {{line}}: the answer “{{answer}}” is not one of this question’s option ids. Fix the file or remove it.',
    duplicateAnswer:
      'File {{file}}, line {{line}}: the answer “{{answer}}” is given twice. Fix the file or remove it.',
    singleAnswer:
      'File {{file}}, line {{line}}: a single-choice question needs exactly one answer (one option id). Fix the file or remove it.',
    multipleAnswer:
      'File {{file}}, line {{line}}: a multiple-choice question needs at least one correct option id in “answer”. Fix the file or remove it.',
    orderingAnswer:
      'File {{file}}, line {{line}}: the answer of an ordering question must list every option exactly once, in the right order ({{options}}). Fix the file or remove it.',
    noOptions:
      'File {{file}}, line {{line}}: true/false and number questions have no “options”. Remove them. Fix the file or remove it.',
    truefalseAnswer:
      'File {{file}}, line {{line}}: the answer of a true/false question must be [true] or [false]. Fix the file or remove it.',
    numericAnswer:
      'File {{file}}, line {{line}}: the answer of a number question must be one number, like [12.5]. Fix the file or remove it.',
    tolerance:
      'File {{file}}, line {{line}}: “tolerance” must be a number of 0 or more. Fix the file or remove it.',
    passMark:
      'File {{file}}, line {{line}}: “passMark” must be a fraction above 0 and at most 1, like 0.8. Fix the file or remove it.',
    duplicateQuestion:
      'File {{file}}, line {{line}}: question id “{{question}}” is used twice. Give each question its own id. Fix the file or remove it.',
    tooFewQuestions:
      'File {{file}}, line {{line}}: the quiz has {{count}} questions; a module quiz needs at least {{min}}. Add questions.',
    quizMissing: 'Module {{module}} has no quiz: add the file {{file}}.',
    questionLessonMissing:
      'File {{file}}, line {{line}}: question “{{question}}” points at lesson “{{lesson}}”, which does not exist. Fix the lesson id or add the lesson.',
    questionOtherModule:
      'File {{file}}, line {{line}}: question “{{question}}” points at lesson “{{lesson}}” of module {{module}}. A quiz may only ask about its own module’s lessons.',
    questionSectionMissing:
      'File {{file}}, line {{line}}: question “{{question}}” points at section “{{section}}”, which lesson {{lesson}} does not have. Use an id from the lesson’s “sections”.',
    // Modules, lessons, languages
    moduleMissing: 'Folder {{module}} has lessons but no module.json: add the file {{file}}.',
    moduleLessonMissing:
      'File {{file}}, line {{line}}: lesson “{{lesson}}” is listed but its files do not exist ({{expected}}). Add the lesson or remove it from the list.',
    duplicateLesson:
      'File {{file}}, line {{line}}: lesson “{{lesson}}” is listed twice. Remove one.',
    lessonNotListed:
      'File {{file}}, line {{line}}: lesson “{{lesson}}” exists but is not in “lessons”, so learners cannot see it. Add it to the list or remove its files.',
    lessonOrder:
      'File {{file}}, line {{line}}: “lessons” is not in the order of the lessons’ “order” fields ({{expected}}). Make them agree.',
    duplicateModuleOrder:
      'File {{file}}, line {{line}}: module order {{order}} is also used by module {{other}}. Give each module its own number.',
    lessonMissingLocale: 'Lesson {{lesson}} has no {{locale}} version: add the file {{file}}.',
    unexpectedLocale:
      'File {{file}} is in {{locale}}, but this course is only in {{languages}}. Add the language to pack.json or remove the file.',
    localeMismatch:
      'File {{file}}, line {{line}}: field “{{field}}” is “{{value}}”, but {{other}} has “{{expected}}”. Both languages of a lesson must agree on it.',
    // Glossary
    glossaryMissing:
      'The course has no glossary: add the file {{file}} with the terms the lessons use.',
    glossaryUnknown:
      'File {{file}}, line {{line}}: glossary term “{{term}}” is not defined in glossary.json. Add the term or remove it from the lesson.',
    duplicateTerm:
      'File {{file}}, line {{line}}: glossary term “{{term}}” appears twice. Keep one. Fix the file or remove it.',
    glossaryLessonMissing:
      'File {{file}}, line {{line}}: term “{{term}}” points at lesson “{{lesson}}”, which does not exist. Fix the lesson id.',
    glossaryLessonUnlinked:
      'File {{file}}, line {{line}}: term “{{term}}” says it is explained in lesson {{lesson}}, but that lesson does not list it in its “glossary”. Point “lesson” at the lesson that explains the term (lessons listing it: {{candidates}}), or add the term to {{lesson}}.',
    // Packs
    packMissing:
      'This pack has no {{file}} (its name, version, languages and author). Ask the trainer for a complete pack.',
    packIdMismatch:
      'File {{file}}, line {{line}}: the pack id is “{{value}}”, but “{{expected}}” was expected. Ask the trainer for the right pack file.',
    duplicateLanguage:
      'File {{file}}, line {{line}}: language {{locale}} is listed twice. Remove one.',
    // Pack files (.zip or folder)
    packNotZip:
      '{{file}} is not a ZIP file. A pack is a .zip file (or a folder) holding pack.json, the module folders and their pictures. Ask the trainer for the pack file.',
    packZipDamaged:
      '{{file}} is damaged and cannot be read. Nothing was imported. Ask the trainer to send the pack again.',
    packCompression:
      '{{file}} is packed in a way ShopBridge cannot read. Make the ZIP again with your computer’s usual “Compress” or “Send to → Compressed (zipped) folder”.',
    packEncrypted:
      '{{file}} is protected by a password. Packs cannot have passwords: make the ZIP again without one.',
    packZipBomb:
      '{{file}} unpacks to much more than it says (it may be a “zip bomb”). Nothing was imported. Only import packs from a trainer you trust.',
    packTooManyFiles:
      '{{file}} holds {{count}} files; a pack may hold at most {{max}}. Remove files the course does not use.',
    packTooBig:
      '{{file}} is too big: {{size}} MB once unpacked, at most {{max}} MB. Make the pictures smaller (for example 1200 pixels wide, saved as JPG).',
    packUnsafePath:
      'File {{file}}: this name is not allowed in a pack (it must not start with / or a drive letter, contain .. or \\, or have empty parts). Rename the file, then make the pack again.',
    packLink:
      'File {{file}} is a link (shortcut) or a special file, not a real file. Put the file itself in the pack.',
    packDuplicate:
      'File {{file}} is in the pack twice (names that differ only in capital letters count as the same). Keep one.',
    packSvg:
      'File {{file}}: SVG pictures are not allowed in packs, because they can contain programs. Save the picture as PNG and change the lesson to use it.',
    packFileType:
      'File {{file}}: files of this type cannot be in a pack. Allowed: {{allowed}}. Remove the file.',
    packNotUtf8:
      'File {{file}} is not saved as UTF-8 text (it may be GBK). Open it in a text editor, save it as “UTF-8”, then make the pack again.',
    packImageMismatch:
      'File {{file}} is not a real {{type}} picture (its content does not match its name). Save the picture again as PNG, JPG, GIF or WebP.',
    packEmpty: '{{file}} holds no files. Choose the pack’s folder or .zip file.',
    // Learner progress files (coach view)
    progressEmpty: 'The file is empty. Ask the learner to export the progress again.',
    progressNotJson:
      'This progress file is damaged (it cannot be read near line {{line}}). Ask the learner to export the progress again.',
    progressForeign:
      'This is not a ShopBridge progress file. Ask the learner for the file made with “Export my progress for my trainer”.',
    progressNewer:
      'This progress file was made by a newer version of ShopBridge (format {{version}}). Update ShopBridge, then import it again.',
    progressInvalid:
      'This progress file has a wrong entry on line {{line}} (field {{field}}). It was probably edited by hand. Ask the learner to export the progress again.',
  },
}
