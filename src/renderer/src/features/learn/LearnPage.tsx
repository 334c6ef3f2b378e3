import { Navigate, Route, Routes } from 'react-router'
import { CertificatePage } from './CertificatePage'
import { CourseOverview } from './CourseOverview'
import { GlossaryPage } from './GlossaryPage'
import { LessonReader } from './LessonReader'
import { QuizPage } from './QuizPage'
import { TrainerPage } from './TrainerPage'
import './learn.css'

/**
 * Learn: the course overview at /learn, the lesson reader, module quizzes, the glossary and the
 * certificate, and the trainer page (content packs, trainer view). Printable pages (lesson, certificate) live under /print (app/PrintRoute).
 */
export function LearnPage() {
  return (
    <Routes>
      <Route index element={<CourseOverview />} />
      <Route path="lesson/:lessonId" element={<LessonReader />} />
      <Route path="quiz/:moduleId" element={<QuizPage />} />
      <Route path="glossary" element={<GlossaryPage />} />
      <Route path="certificate" element={<CertificatePage />} />
      <Route path="trainer" element={<TrainerPage />} />
      <Route path="*" element={<Navigate to="/learn" replace />} />
    </Routes>
  )
}
