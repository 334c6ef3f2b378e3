import type { learnEn } from './learn.en'
import type { DeepStrings } from './en'

/** 学习页面与课程内容检查的简体中文文字（键 `learn.*`）。 */
export const learnZhCN = {
  title: '学习',
  subtitle: '实体店电商运营课程，一课只要几分钟，离线也能学。',
  course: '课程',
  courseTitle: '实体店电商运营实战',
  module: '模块',
  moduleN: '第 {{n}} 模块',
  modules: '模块',
  lesson: '课',
  lessonN: '第 {{n}} 课',
  lessons: '课程列表',
  minutes: '{{count}} 分钟',
  status: {
    'not-started': '未开始',
    reading: '学习中',
    done: '已学完',
  },
  progress: '已学完 {{done}} / {{total}} 课',
  progressPercent: '已完成 {{percent}}%',
  modulesMastered: '已掌握 {{done}} / {{total}} 个模块',
  timeSpent: '学习时长：{{minutes}} 分钟',
  start: '开始学习',
  resume: '接着上次学',
  resumeAt: '继续学习：{{lesson}}',
  nextLesson: '下一课',
  previousLesson: '上一课',
  markDone: '标记为已学完',
  markedDone: '这一课学完了',
  backToCourse: '返回课程',
  allDone: '所有课都学完了，真棒！',
  overallProgress: '总体进度',
  homeCard: '我的课程',
  printLesson: '打印本课',
  keyboardHint: '小提示：按键盘上的 ← 和 → 键，可以打开上一课和下一课。',
  lessonNotFound: '你正在学习的课程里没有这一课。',
  lessonInBuiltin: '这是内置课程里的一课，切换到内置课程就能阅读。',
  switchToBuiltin: '切换到内置课程',
  colon: '：',
  trainer: {
    title: '培训师课程包与学习进度',
    help: '学习培训师发给你的课程包，或者把你的学习进度发给培训师。',
    link: '培训师课程包与学习进度',
  },
  emptyCourse: '这门课程没有能够加载的模块。',
  builtinProblems: '有 {{count}} 处课程文件存在问题。有问题的部分已跳过，其余内容都能正常使用。',
  toc: '目录',
  notes: '我的笔记',
  notesPlaceholder: '记下你想在自己店里试一试的做法……',
  notesSaved: '笔记已保存',
  bookmark: '收藏这一节',
  removeBookmark: '取消收藏',
  bookmarks: '我的收藏',
  noBookmarks: '还没有收藏。点小节标题旁边的收藏按钮即可收藏。',
  reset: {
    button: '重置学习进度',
    confirmTitle: '确定要重置学习进度吗？',
    confirmBody:
      '所有课程会变回“未开始”，测验成绩、笔记和收藏都会被删除。重新通过测验之前，证书也不能再打印。此操作无法撤销——拿不准的话，请先备份。',
    confirmOk: '重置进度',
    done: '学习进度已重置',
  },
  glossary: {
    title: '术语表',
    search: '搜索术语',
    empty: '没有找到相关术语。',
    inLesson: '讲解见：{{lesson}}',
    termsInLesson: '本课术语',
    count: '共 {{count}} 个电商术语，每个都用大白话讲清楚。',
    open: '打开术语表',
    explainedIn: '讲解见：',
  },
  tryIt: {
    title: '动手试试',
    open: '打开',
    analyseHint: '如果“分析”页面还是空的，请在那里点击“载入示例数据”，就能看到一家示例小店的数据。',
    comingSoon: '这个工具会在店桥以后的版本中推出。在那之前，可以先把你的想法写在“我的笔记”里。',
    ids: {
      none: '本课没有练习',
      'plan-platform': '为你的店比较各个平台',
      plan: '写下规划里的这一部分',
      'analyse-sample': '看看示例店铺的经营数据',
      promote: '算一算促销活动',
      risks: '填写你的风险清单',
    },
  },
  quiz: {
    title: '模块测验',
    intro: '共 {{count}} 题，{{percent}}% 及格。',
    start: '开始测验',
    submit: '交卷',
    next: '下一题',
    previous: '上一题',
    questionOf: '第 {{n}} 题，共 {{total}} 题',
    unanswered: '还有 {{count}} 题没有作答。',
    correct: '回答正确',
    incorrect: '答得不对',
    explanation: '解析',
    correctAnswer: '正确答案：{{answer}}',
    yourScore: '你的得分：{{percent}}%',
    scoreDetail: '答对 {{correct}} 题，共 {{total}} 题',
    best: '最好成绩：{{percent}}%',
    notTaken: '还没有参加测验',
    mastery: '达到 80% 即为掌握',
    passed: '通过了，这个模块你已经掌握！',
    notPassed: '这次还没通过。把下面提到的小节再读一遍，然后重新测验。',
    retake: '重新测验',
    goToSection: '回到课文相应小节',
    numericPlaceholder: '请输入数字，例如 12.5',
    numericUnreadable: '请只输入数字（可以带小数点，也可以带 %）。',
    unit: '单位：{{unit}}',
    selectOne: '请选择一个答案',
    selectAll: '请选出所有正确答案（多选）',
    orderHint: '用箭头按钮把各项排成正确的顺序，第一步放在最上面',
    moveUp: '上移',
    moveDown: '下移',
    true: '对',
    false: '错',
    mastered: '已掌握',
    notFound: '你正在学习的课程里，这个模块没有测验。',
    passMark: '及格线：{{percent}}%',
    submitAnyway: '仍然交卷',
  },
  certificate: {
    title: '结业证书',
    heading: '结业证书',
    body: '已学完“{{course}}”课程，并以 80% 以上的成绩通过全部模块测验。',
    awardedTo: '授予',
    shop: '店铺',
    date: '日期',
    modulesAndScores: '各模块成绩',
    score: '得分 {{percent}}%',
    certificateId: '证书编号',
    unlocked: '你的证书已经可以领取了。',
    locked: '每个模块的测验都达到 80% 后，才能领取证书。',
    lockedMissing: '还需掌握：{{modules}}',
    learnerName: '证书上的姓名',
    learnerNamePlaceholder: '请输入你的姓名',
    learnerNameRequired: '请填写要印在证书上的姓名。',
    download: '下载 PDF',
    open: '查看证书',
    field: '{{label}}：{{value}}',
    shopMissing: '还没有填写店铺名称。要把它印在证书上，请到这里填写：',
  },
  packs: {
    title: '培训师课程包',
    help: '培训师可以把额外的课程做成课程包文件发给你。课程包和内置课程一样，离线也能学。',
    import: '导入课程包……',
    remove: '删除',
    removeConfirm:
      '确定删除课程包“{{title}}”吗？你在这个课程包里的学习进度也会一起删除，内置课程不受影响。',
    removed: '课程包已删除',
    export: '导出课程包',
    active: '当前课程',
    activate: '学习这门课程',
    builtin: '内置课程',
    version: '版本 {{version}}',
    author: '作者：{{author}}',
    languages: '语言',
    none: '还没有导入课程包。',
    imported: '课程包“{{title}}”已导入',
    problemsFound: '发现 {{count}} 个问题',
    problemsHelp: '有问题的部分已跳过，其余内容可以正常使用。请把这份问题清单发给课程包的作者。',
    noProblems: '没有发现问题。',
    file: '文件',
    line: '行',
    problem: '问题',
    field: '字段',
    importZip: '导入课程包（.zip）…',
    importFolder: '导入文件夹…',
    shipped: '随软件提供',
    pack: '课程包',
    authorColumn: '作者',
    importedAt: '导入时间',
    readFailed: '无法读取这个课程包，没有导入任何内容。请重试，或者向培训师重新索取文件。',
    refusedTitle: '无法导入“{{name}}”',
    refused: '这个课程包无法导入，没有保存任何内容。请把下面的列表发给课程包的作者。',
    refusedNoLesson:
      '这个课程包里没有一课能够读取，没有保存任何内容。请把下面的列表发给课程包的作者。',
    confirmTitle: '导入课程包“{{title}}”？',
    replaceTitle: '替换课程包“{{title}}”？',
    replaceBody:
      '编号为 {{id}} 的课程包已经导入过（版本 {{version}}，导入于 {{date}}）。它将被这个课程包替换，其中的学习进度会保留。',
    confirmOk: '导入',
    replaceOk: '替换',
    contents: '内容',
    summary: '{{modules}} 个模块，{{lessons}} 课，{{questions}} 道测验题',
    exported: '课程包已保存',
    exportCancelled: '课程包没有保存',
  },
  coach: {
    title: '培训师视图',
    help: '导入学员导出的学习进度文件，查看整个班级的学习情况。数据不会发送到任何地方。',
    importProgress: '导入学员进度……',
    exportProgress: '导出我的学习进度（发给培训师）',
    exported: '学习进度已导出',
    learners: '学员',
    learner: '学员',
    shop: '店铺',
    lessonsDone: '已学完课数',
    best: '最好成绩',
    hardestQuestions: '最难的题目',
    question: '题目',
    attempts: '作答次数',
    wrongShare: '答错比例',
    empty: '还没有导入学员进度。',
    exportTitle: '我的学习进度',
    exportHelp:
      '把你的学习进度和测验结果保存成一个文件，交给培训师。文件里只有你的姓名、店铺名称、学完了哪些课以及测验的对错，不包含你的笔记和任何店铺数据。',
    yourName: '你的姓名',
    namePlaceholder: '培训师知道的你的姓名',
    nameRequired: '请先填写姓名，这样培训师才知道这是谁的学习进度。',
    exportCancelled: '学习进度没有保存',
    importedCount: '已导入 {{count}} 个进度文件',
    notImported: '未导入：{{name}}',
    exportedAt: '导出时间',
    remove: '移除',
    removeConfirm: '要把 {{name}} 从培训师视图中移除吗？这位学员的所有进度文件都会被移除。',
    removed: '已移除学员',
    prompt: '题目内容',
    noAnswers: '还没有测验作答记录。',
  },
  errors: {
    // 文件与结构
    badPath:
      '文件 {{file}}：课文不能放在这里。课文文件名应该像 m2/l3.zh-CN.md 或 m2/l3.en.md。请重命名或移动该文件，或者把它删除。',
    unknownFile:
      '文件 {{file}} 不是课程文件（应为 module.json、quiz.json、glossary.json、pack.json，或像 m1/l1.zh-CN.md 这样的课文）。请删除或重命名该文件。',
    emptyFile: '文件 {{file}} 是空的。请补上内容，或者把它删除。',
    emptyCourse:
      '从 {{file}} 中没有读到任何模块。每个模块需要一个文件夹（例如 m1），里面有 module.json、课文和 quiz.json。',
    badJson:
      '文件 {{file}} 第 {{line}} 行：JSON 格式不对（请检查这一行或上一行是否少了逗号、引号或括号）。请修改该文件，或者把它删除。',
    rootNotObject:
      '文件 {{file}}：整个文件必须是一个用花括号 { … } 括起来的 JSON 对象。请修改该文件，或者把它删除。',
    frontMatterMissing:
      '文件 {{file}} 第 {{line}} 行：课文必须以一行三个短横线（---）开头，接着写各个字段（id、module、order、title、minutes、sections、glossary、tryIt），再以一行 --- 结束。请修改该文件，或者把它删除。',
    frontMatterUnclosed:
      '文件 {{file}} 第 {{line}} 行：开头的字段区没有结束，请在最后一个字段后面加一行三个短横线（---）。请修改该文件，或者把它删除。',
    badLine:
      '文件 {{file}} 第 {{line}} 行：“{{text}}”不是字段。开头的每一行都必须写成“字段名: 值”。请修改该文件，或者把它删除。',
    unknownKey:
      '文件 {{file}} 第 {{line}} 行：这个文件不能有“{{field}}”字段（请检查拼写和大小写）。请修改该文件，或者把它删除。',
    duplicateKey:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”重复了（第 {{first}} 行已经写过），只保留一个。请修改该文件，或者把它删除。',
    missingField:
      '文件 {{file}} 第 {{line}} 行：缺少字段“{{field}}”，请补上。请修改该文件，或者把它删除。',
    missingLocale:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”缺少 {{locale}} 文字，请补上译文。请修改该文件，或者把它删除。',
    notText:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”必须是加引号的文字。请修改该文件，或者把它删除。',
    emptyText:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”是空的，请填写内容。请修改该文件，或者把它删除。',
    tooLong:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”太长了（最多 {{max}} 个字符），请缩短。请修改该文件，或者把它删除。',
    notNumber:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”必须是数字。请修改该文件，或者把它删除。',
    notList:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”必须是用方括号 [ … ] 括起来的列表。请修改该文件，或者把它删除。',
    notObject:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”必须是用花括号 { … } 括起来的一组字段。请修改该文件，或者把它删除。',
    notBoolean:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”只能是 true 或 false（不加引号）。请修改该文件，或者把它删除。',
    tooFew:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”至少要有 {{min}} 项。请修改该文件，或者把它删除。',
    intRange:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”必须是 {{min}} 到 {{max}} 之间的整数。请修改该文件，或者把它删除。',
    badId:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”里的“{{value}}”不是有效的编号，只能用英文字母、数字和短横线（例如 m1-l2、conversion-rate）。请修改该文件，或者把它删除。',
    badChoice:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”不能是“{{value}}”，只能是以下之一：{{options}}。请修改该文件，或者把它删除。',
    invalid:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”的值在这里不允许。请修改该文件，或者把它删除。',
    idMismatch:
      '文件 {{file}} 第 {{line}} 行：编号“{{value}}”和文件名对不上，应该是“{{expected}}”。请修改编号或重命名文件。',
    moduleMismatch:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”写的是“{{value}}”，但文件放在 {{expected}} 文件夹里。请让两者一致。',
    // 课文正文
    headingWithoutId:
      '文件 {{file}} 第 {{line}} 行：小节标题“{{text}}”没有编号。请写成“## 标题 {#小节编号}”，编号取自“sections”。请修改该文件，或者把它删除。',
    duplicateSection:
      '文件 {{file}} 第 {{line}} 行：“sections”里的小节“{{section}}”写了两次，每个小节要有自己的编号。请修改该文件，或者把它删除。',
    sectionMismatch:
      '文件 {{file}} 第 {{line}} 行：正文第 {{position}} 个小节是“{{found}}”，但“sections”在这个位置写的是“{{expected}}”。## 标题必须和列表的顺序完全一致。请修改该文件，或者把它删除。',
    sectionMissing:
      '文件 {{file}} 第 {{line}} 行：“sections”里有“{{section}}”，但正文在这个位置没有“## … {#{{section}}}”标题。请补上标题，或把它从列表中删掉。',
    sectionExtra:
      '文件 {{file}} 第 {{line}} 行：编号为“{{section}}”的标题不在“sections”里。请把它按顺序加进列表，或者删掉这个标题。',
    imageOutside:
      '文件 {{file}} 第 {{line}} 行：图片“{{src}}”不在课程文件里。图片必须是放在课文旁边的文件（例如 images/photo.png），不能是网址或其他文件夹里的文件。请修改该文件，或者把它删除。',
    imageMissing:
      '文件 {{file}} 第 {{line}} 行：课程文件里找不到图片“{{src}}”。请补上图片，或者把它从课文中删掉。',
    // 测验
    duplicateOption:
      '文件 {{file}} 第 {{line}} 行：同一道题里选项“{{option}}”出现了两次，每个选项要有自己的编号。请修改该文件，或者把它删除。',
    answerNotOption:
      '文件 {{file}} 第 {{line}} 行：答案“{{answer}}”不是这道题的选项编号。请修改该文件，或者把它删除。',
    duplicateAnswer:
      '文件 {{file}} 第 {{line}} 行：答案“{{answer}}”写了两次。请修改该文件，或者把它删除。',
    singleAnswer:
      '文件 {{file}} 第 {{line}} 行：单选题必须有且只有一个答案（一个选项编号）。请修改该文件，或者把它删除。',
    multipleAnswer:
      '文件 {{file}} 第 {{line}} 行：多选题的“answer”里至少要有一个正确的选项编号。请修改该文件，或者把它删除。',
    orderingAnswer:
      '文件 {{file}} 第 {{line}} 行：排序题的答案必须把每个选项都按正确顺序列出一次（{{options}}）。请修改该文件，或者把它删除。',
    noOptions:
      '文件 {{file}} 第 {{line}} 行：判断题和数字题不能有“options”，请删掉。请修改该文件，或者把它删除。',
    truefalseAnswer:
      '文件 {{file}} 第 {{line}} 行：判断题的答案只能是 [true] 或 [false]。请修改该文件，或者把它删除。',
    numericAnswer:
      '文件 {{file}} 第 {{line}} 行：数字题的答案必须是一个数字，例如 [12.5]。请修改该文件，或者把它删除。',
    tolerance:
      '文件 {{file}} 第 {{line}} 行：“tolerance”（允许误差）必须是大于或等于 0 的数字。请修改该文件，或者把它删除。',
    passMark:
      '文件 {{file}} 第 {{line}} 行：“passMark”（及格线）必须是大于 0、不超过 1 的小数，例如 0.8。请修改该文件，或者把它删除。',
    duplicateQuestion:
      '文件 {{file}} 第 {{line}} 行：题目编号“{{question}}”用了两次，每道题要有自己的编号。请修改该文件，或者把它删除。',
    tooFewQuestions:
      '文件 {{file}} 第 {{line}} 行：这份测验只有 {{count}} 道题，每个模块的测验至少需要 {{min}} 道题。请补充题目。',
    quizMissing: '模块 {{module}} 没有测验，请添加文件 {{file}}。',
    questionLessonMissing:
      '文件 {{file}} 第 {{line}} 行：题目“{{question}}”对应的课“{{lesson}}”不存在。请改正课的编号，或者补上这一课。',
    questionOtherModule:
      '文件 {{file}} 第 {{line}} 行：题目“{{question}}”对应的是模块 {{module}} 的课“{{lesson}}”。测验只能考本模块的课。',
    questionSectionMissing:
      '文件 {{file}} 第 {{line}} 行：题目“{{question}}”对应的小节“{{section}}”在课 {{lesson}} 里不存在。请使用该课“sections”里的编号。',
    // 模块、课文与语言
    moduleMissing: '文件夹 {{module}} 里有课文，但没有 module.json，请添加文件 {{file}}。',
    moduleLessonMissing:
      '文件 {{file}} 第 {{line}} 行：列出了课“{{lesson}}”，但找不到它的文件（{{expected}}）。请补上这一课，或者把它从列表中删掉。',
    duplicateLesson: '文件 {{file}} 第 {{line}} 行：课“{{lesson}}”列了两次，请删掉一个。',
    lessonNotListed:
      '文件 {{file}} 第 {{line}} 行：课“{{lesson}}”有文件，但没有写进“lessons”，学员看不到它。请把它加进列表，或者删除它的文件。',
    lessonOrder:
      '文件 {{file}} 第 {{line}} 行：“lessons”的顺序和各课“order”字段的顺序不一致（应为 {{expected}}）。请让两者一致。',
    duplicateModuleOrder:
      '文件 {{file}} 第 {{line}} 行：模块序号 {{order}} 和模块 {{other}} 重复了，每个模块要有自己的序号。',
    lessonMissingLocale: '课 {{lesson}} 缺少 {{locale}} 版本，请添加文件 {{file}}。',
    unexpectedLocale:
      '文件 {{file}} 是 {{locale}} 版本，但这门课程只有 {{languages}}。请在 pack.json 里加上这种语言，或者删除该文件。',
    localeMismatch:
      '文件 {{file}} 第 {{line}} 行：字段“{{field}}”写的是“{{value}}”，但 {{other}} 里是“{{expected}}”。同一课的两种语言版本在这一项上必须一致。',
    // 术语表
    glossaryMissing: '课程缺少术语表，请添加文件 {{file}}，写入课文用到的术语。',
    glossaryUnknown:
      '文件 {{file}} 第 {{line}} 行：术语“{{term}}”在 glossary.json 里没有定义。请补上这个术语，或者把它从课文中删掉。',
    duplicateTerm:
      '文件 {{file}} 第 {{line}} 行：术语“{{term}}”出现了两次，只保留一个。请修改该文件，或者把它删除。',
    glossaryLessonMissing:
      '文件 {{file}} 第 {{line}} 行：术语“{{term}}”对应的课“{{lesson}}”不存在。请改正课的编号。',
    glossaryLessonUnlinked:
      '文件 {{file}} 第 {{line}} 行：术语“{{term}}”注明在课 {{lesson}} 中讲解，但这一课的“glossary”里没有列出它。请把“lesson”改成真正讲解这个术语的课（列出了它的课：{{candidates}}），或者把这个术语加到 {{lesson}} 里。',
    // 课程包
    packMissing:
      '这个课程包缺少 {{file}}（名称、版本、语言和作者信息）。请向培训师索取完整的课程包。',
    packIdMismatch:
      '文件 {{file}} 第 {{line}} 行：课程包编号是“{{value}}”，但应该是“{{expected}}”。请向培训师索取正确的课程包文件。',
    duplicateLanguage: '文件 {{file}} 第 {{line}} 行：语言 {{locale}} 列了两次，请删掉一个。',
    // 课程包文件（.zip 或文件夹）
    packNotZip:
      '{{file}} 不是 ZIP 文件。课程包是一个 .zip 文件（或一个文件夹），里面有 pack.json、各模块文件夹和图片。请向培训师索取课程包文件。',
    packZipDamaged: '{{file}} 已损坏，无法读取，没有导入任何内容。请让培训师重新发送课程包。',
    packCompression:
      '{{file}} 的压缩方式店桥无法读取。请用电脑自带的“压缩”或“发送到 → 压缩(zipped)文件夹”重新打包。',
    packEncrypted: '{{file}} 设置了密码。课程包不能加密码，请重新打包，不要设置密码。',
    packZipBomb:
      '{{file}} 解压后的大小远远超过它声明的大小（可能是“压缩炸弹”），没有导入任何内容。请只导入你信任的培训师提供的课程包。',
    packTooManyFiles:
      '{{file}} 里有 {{count}} 个文件，一个课程包最多只能有 {{max}} 个。请删掉课程用不到的文件。',
    packTooBig:
      '{{file}} 太大了：解压后 {{size}} MB，最多 {{max}} MB。请把图片改小一些（例如宽 1200 像素，存为 JPG）。',
    packUnsafePath:
      '文件 {{file}}：课程包里不允许这样的文件名（不能以 / 或盘符开头，不能包含 .. 或 \\，也不能有空的部分）。请重命名文件后重新打包。',
    packLink:
      '文件 {{file}} 是一个链接（快捷方式）或特殊文件，不是真正的文件。请把文件本身放进课程包。',
    packDuplicate:
      '文件 {{file}} 在课程包里出现了两次（只有大小写不同的文件名也算同一个）。请只保留一个。',
    packSvg:
      '文件 {{file}}：课程包里不允许使用 SVG 图片，因为它可能包含程序。请把图片另存为 PNG，并在课文里改用它。',
    packFileType:
      '文件 {{file}}：课程包里不能放这种类型的文件。允许的类型：{{allowed}}。请删除该文件。',
    packNotUtf8:
      '文件 {{file}} 不是 UTF-8 编码的文本（可能是 GBK）。请用文本编辑器打开，另存为“UTF-8”，然后重新打包。',
    packImageMismatch:
      '文件 {{file}} 不是真正的 {{type}} 图片（文件内容和文件名不符）。请把图片重新保存为 PNG、JPG、GIF 或 WebP。',
    packEmpty: '{{file}} 里没有任何文件。请选择课程包的文件夹或 .zip 文件。',
    // 学员进度文件（培训师视图）
    progressEmpty: '文件是空的。请让学员重新导出学习进度。',
    progressNotJson: '这个进度文件已损坏（第 {{line}} 行附近无法读取）。请让学员重新导出学习进度。',
    progressForeign:
      '这不是店桥的学习进度文件。请让学员用“导出我的学习进度（发给培训师）”生成文件。',
    progressNewer:
      '这个进度文件是由更新版本的店桥生成的（格式 {{version}}）。请先更新店桥，再重新导入。',
    progressInvalid:
      '这个进度文件第 {{line}} 行有错误的内容（字段 {{field}}），可能被手动改过。请让学员重新导出学习进度。',
  },
} satisfies DeepStrings<typeof learnEn>
