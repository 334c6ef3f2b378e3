import { Result } from 'antd'

/** `#/print/campaign?id=…`: a campaign or a season's plan as a document (built in issue 6). */
export function CampaignPrint() {
  return <Result status="404" />
}
