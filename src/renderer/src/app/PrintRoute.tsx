import { Result } from 'antd'
import { useParams } from 'react-router'
import { PRINTABLE_PAGES, type PrintablePage } from '@shared/print'
import { ReportPrint } from '../features/analyse/ReportPrint'
import { CertificatePrint } from '../features/learn/CertificatePrint'
import { LessonPrint } from '../features/learn/LessonPrint'
import { PlanPrint } from '../features/plan/PlanPrint'
import { CampaignPrint } from '../features/promote/CampaignPrint'
import { ProfileSummaryPrint } from '../features/settings/ProfileSummaryPrint'

/** Printable pages by id; each feature adds its printable page here. */
const PAGES: Record<PrintablePage, () => React.JSX.Element> = {
  profile: ProfileSummaryPrint,
  'analyse-report': ReportPrint,
  lesson: LessonPrint,
  certificate: CertificatePrint,
  plan: PlanPrint,
  campaign: CampaignPrint,
}

/** `#/print/:page`: a printable page in the shared print layout, outside the app frame. */
export function PrintRoute() {
  const { page } = useParams()
  if (!page || !(PRINTABLE_PAGES as readonly string[]).includes(page))
    return <Result status="404" />
  const Page = PAGES[page as PrintablePage]
  return <Page />
}
