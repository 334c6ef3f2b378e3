import { Result } from 'antd'

/** `#/print/plan?id=…`: the plan as a document (built in issue 5). */
export function PlanPrint() {
  return <Result status="404" />
}
