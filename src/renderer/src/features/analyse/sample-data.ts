import {
  sampleImports,
  type SampleImport,
  type SampleRequest,
} from '@shared/analytics/sample-imports'
import type { IsoDate } from '@shared/dates'
import { commitImports } from '../../db/analytics'
import type { FromSample } from '../../workers/sample.worker'

/** The sample imports, made in a worker (the page stays responsive); here where there is none. */
function makeSample(request: SampleRequest): Promise<SampleImport[]> {
  if (typeof Worker === 'undefined') return Promise.resolve(sampleImports(request))
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/sample.worker.ts', import.meta.url), {
      type: 'module',
    })
    const end = () => worker.terminate()
    worker.onmessage = (e: MessageEvent<FromSample>) => {
      end()
      if (e.data.ok) resolve(e.data.parts)
      else reject(new Error('the sample data could not be made'))
    }
    worker.onerror = () => {
      end()
      reject(new Error('the sample worker failed'))
    }
    worker.postMessage(request)
  })
}

/** Generates two years of a small shop up to `endDate` and stores it, clearly flagged as sample. */
export async function loadSampleData(
  endDate: IsoDate,
  currency: string,
  fileName: string,
): Promise<void> {
  const parts = await makeSample({
    endDate,
    currency,
    fileName,
    createdAt: new Date().toISOString(),
  })
  await commitImports(parts)
}
