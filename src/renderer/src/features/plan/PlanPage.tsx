import { Route, Routes } from 'react-router'
import { PlanList } from './PlanList'
import { PlanWizard } from './PlanWizard'
import './plan.css'

/** Plan (issue 5): the list of plans at /plan, the wizard at /plan/:id/:step. */
export function PlanPage() {
  return (
    <Routes>
      <Route path=":id/:step?" element={<PlanWizard />} />
      <Route path="*" element={<PlanList />} />
    </Routes>
  )
}
