import {
  Alert,
  Button,
  Card,
  Flex,
  Input,
  InputNumber,
  Radio,
  Select,
  Spin,
  Table,
  Typography,
} from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DATASET_KINDS, type DatasetKind } from '@shared/analytics/model'
import { ENCODINGS, SNIFF_BYTES, type Encoding } from '@shared/csv/decode'
import { FIELDS, REQUIRED, missingRequired, type Field, type Mapping } from '@shared/csv/mapping'
import { analyseSample, type SampleAnalysis } from '@shared/csv/pipeline'
import { DELIMITERS, type Delimiter } from '@shared/csv/sniff'
import type { DateOrder } from '@shared/csv/values'
import { isIsoDate, type IsoDate } from '@shared/dates'
import type { ShopProfile } from '@shared/profile'
import type { Problem } from '@shared/result'
import { getRememberedMapping, rememberMapping } from '../../db/analytics'
import type { ToWorker } from '../../workers/import-protocol'
import { sampleValues } from './sample-values'
import { ProblemAlert } from '../../components/ProblemAlert'

const DELIMITER_LABEL: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
  '，': 'fullwidth',
}

interface Overrides {
  encoding?: Encoding
  delimiter?: Delimiter
  headerRow?: number
  kind?: DatasetKind
}

/**
 * One file before import: what was detected (encoding, delimiter, header row, kind), the decoded
 * preview — so mojibake is visible before anything is stored — and the column mapping with parsed
 * sample values. Everything can be overridden; a fixed mapping is remembered for the same header.
 */
export function FileSetup({
  file,
  profile,
  onStart,
}: {
  file: File
  profile: ShopProfile
  onStart: (start: Extract<ToWorker, { type: 'start' }>) => void
}) {
  const { t, i18n } = useTranslation()
  const [head, setHead] = useState<Uint8Array | null>(null)
  const [overrides, setOverrides] = useState<Overrides>({})
  // Keyed by the analysis they belong to, so a new analysis (another encoding, kind…) starts afresh.
  const [edited, setEdited] = useState<{ key: string; mapping: Mapping } | null>(null)
  const [rememberedFor, setRememberedFor] = useState<{ key: string; mapping: Mapping } | null>(null)
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null)
  const [snapshotDate, setSnapshotDate] = useState('')

  useEffect(() => {
    let live = true
    void file
      .slice(0, SNIFF_BYTES)
      .arrayBuffer()
      .then((b) => live && setHead(new Uint8Array(b)))
    return () => {
      live = false
    }
  }, [file])

  const analysis = useMemo(() => {
    if (!head) return null
    return analyseSample(head, { ...overrides, complete: file.size <= SNIFF_BYTES })
  }, [head, overrides, file.size])

  const analysisKey = analysis?.ok
    ? `${analysis.value.signature}|${analysis.value.mapping.kind}|${analysis.value.encoding}|${analysis.value.headerRow}`
    : ''

  // The mapping the user confirmed before for this header replaces the automatic one.
  useEffect(() => {
    if (!analysis?.ok) return
    const a = analysis.value
    let live = true
    void getRememberedMapping(a.signature).then((m) => {
      if (!live || !m || m.kind !== a.mapping.kind) return
      setRememberedFor({ key: analysisKey, mapping: { ...a.mapping, ...(m.mapping as Mapping) } })
    })
    return () => {
      live = false
    }
  }, [analysis, analysisKey])

  if (!analysis) return <Spin />
  if (!analysis.ok) return <SetupProblem problem={analysis.error} />
  const a: SampleAnalysis = analysis.value
  const remembered = rememberedFor?.key === analysisKey
  const m: Mapping =
    edited?.key === analysisKey
      ? edited.mapping
      : remembered && rememberedFor
        ? rememberedFor.mapping
        : a.mapping
  const setMapping = (next: Mapping) => setEdited({ key: analysisKey, mapping: next })
  const kind = m.kind
  const needsDateOrder = a.formats.dateOrder === 'ambiguous' && !m.dateOrder
  const needsSnapshot = kind === 'inventory' && m.fields.date === undefined
  const missing = missingRequired(m)
  const effectiveOrder: DateOrder = dateOrder ?? m.dateOrder ?? 'YMD'
  const ready =
    missing.length === 0 &&
    !a.mojibake &&
    (!needsDateOrder || dateOrder !== null) &&
    (!needsSnapshot || isIsoDate(snapshotDate))

  const setField = (field: Field, column: number | undefined) => {
    const fields = { ...m.fields }
    if (column === undefined) delete fields[field]
    else fields[field] = column
    setMapping({ ...m, fields })
  }

  const start = async () => {
    const final: Mapping = {
      ...m,
      ...(needsSnapshot ? { snapshotDate: snapshotDate as IsoDate } : {}),
    }
    if (JSON.stringify(final.fields) !== JSON.stringify(a.mapping.fields)) {
      await rememberMapping({
        signature: a.signature,
        kind,
        mapping: { fields: final.fields, kind },
        updatedAt: new Date().toISOString(),
      })
    }
    onStart({
      type: 'start',
      file,
      kind,
      mapping: final,
      encoding: a.encoding,
      bomLength: a.bomLength,
      delimiter: a.delimiter,
      headerRow: a.headerRow,
      ...(needsDateOrder && dateOrder ? { dateOrder } : {}),
      shopTimeZone: profile.timeZone,
      currency: profile.currency,
      headerSignature: a.signature,
      columns: Object.fromEntries(
        Object.entries(final.fields).map(([f, i]) => [f, a.headers[i as number] ?? String(i)]),
      ),
      autoCommit: true,
    })
  }

  const columnOptions = [
    { value: -1, label: t('analyse.wizard.notMapped') },
    ...a.headers.map((h, i) => ({ value: i, label: `${i + 1}. ${h}` })),
  ]

  return (
    <Flex vertical gap={16} data-testid="file-setup">
      <Card size="small">
        <Flex gap={16} wrap align="center">
          <span>
            {t('analyse.wizard.encoding')}{' '}
            <Select
              data-testid="encoding-select"
              value={a.encoding}
              style={{ width: 130 }}
              onChange={(encoding: Encoding) => setOverrides({ ...overrides, encoding })}
              options={ENCODINGS.map((e) => ({ value: e, label: e.toUpperCase() }))}
            />
          </span>
          <span>
            {t('analyse.wizard.delimiter')}{' '}
            <Select
              value={a.delimiter}
              style={{ width: 170 }}
              onChange={(delimiter: Delimiter) => setOverrides({ ...overrides, delimiter })}
              options={DELIMITERS.map((d) => ({
                value: d,
                label: t(`analyse.wizard.delimiters.${DELIMITER_LABEL[d]}`),
              }))}
            />
          </span>
          <span>
            {t('analyse.wizard.headerRow')}{' '}
            <InputNumber
              min={1}
              max={50}
              value={a.headerRow + 1}
              onChange={(v) =>
                typeof v === 'number' && setOverrides({ ...overrides, headerRow: v - 1 })
              }
            />
          </span>
          <span>
            {t('analyse.wizard.kind')}{' '}
            <Select
              data-testid="kind-select"
              value={kind}
              style={{ width: 160 }}
              onChange={(k: DatasetKind) => setOverrides({ ...overrides, kind: k })}
              options={DATASET_KINDS.map((k) => ({ value: k, label: t(`analyse.kinds.${k}`) }))}
            />
          </span>
        </Flex>
      </Card>
      {a.mojibake && (
        <Alert type="error" showIcon data-testid="mojibake" title={t('analyse.wizard.mojibake')} />
      )}
      <Card
        size="small"
        title={t('analyse.wizard.preview')}
        extra={<span className="muted">{t('analyse.wizard.previewHelp')}</span>}
      >
        <Table
          data-testid="preview"
          size="small"
          scroll={{ x: true }}
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={a.preview
            .slice(0, 8)
            .map((r) => Object.fromEntries(r.map((c, i) => [String(i), c])))}
          columns={a.headers.map((h, i) => ({
            title: h,
            dataIndex: String(i),
            ellipsis: true,
            width: 140,
          }))}
        />
      </Card>
      <Card
        size="small"
        title={t('analyse.wizard.mapping')}
        extra={<span className="muted">{t('analyse.wizard.mappingHelp')}</span>}
      >
        {remembered && (
          <Alert
            type="info"
            showIcon
            title={t('analyse.wizard.remembered')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Table
          data-testid="mapping"
          size="small"
          pagination={false}
          rowKey="field"
          dataSource={FIELDS[kind].map((field) => ({ field }))}
          columns={[
            {
              title: t('analyse.wizard.field'),
              render: (_, { field }) => (
                <span>
                  {t(`importer.fields.${field}`)}
                  {REQUIRED[kind].includes(field) && (
                    <Typography.Text type="danger"> *</Typography.Text>
                  )}
                </span>
              ),
            },
            {
              title: t('analyse.wizard.column'),
              render: (_, { field }) => (
                <Select
                  data-testid={`map-${field}`}
                  style={{ width: 240 }}
                  value={m.fields[field] ?? -1}
                  onChange={(v: number) => setField(field, v < 0 ? undefined : v)}
                  options={columnOptions}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              ),
            },
            {
              title: t('analyse.wizard.samples'),
              render: (_, { field }) => (
                <span data-testid={`samples-${field}`}>
                  {sampleValues(field, m.fields[field], a.preview, m, {
                    currency: profile.currency,
                    locale: i18n.language,
                    dateOrder: effectiveOrder,
                  }).map((s, i) => (
                    <Typography.Text
                      key={i}
                      type={s.problem ? 'danger' : undefined}
                      style={{ marginInlineEnd: 12 }}
                    >
                      {s.problem
                        ? `${s.raw} ⚠ ${t(s.problem, { value: s.raw })}`
                        : s.parsed === s.raw
                          ? s.raw
                          : `${s.raw} → ${s.parsed}`}
                    </Typography.Text>
                  ))}
                </span>
              ),
            },
          ]}
        />
      </Card>
      {needsDateOrder && (
        <Alert
          type="warning"
          showIcon
          title={t('analyse.wizard.dateOrder')}
          description={
            <Radio.Group
              value={dateOrder}
              onChange={(e) => setDateOrder(e.target.value as DateOrder)}
            >
              <Radio value="DMY">{t('analyse.wizard.dayFirst')}</Radio>
              <Radio value="MDY">{t('analyse.wizard.monthFirst')}</Radio>
            </Radio.Group>
          }
        />
      )}
      {needsSnapshot && (
        <Alert
          type="warning"
          showIcon
          title={t('analyse.wizard.snapshotDate')}
          description={
            <Input
              type="date"
              style={{ width: 180 }}
              value={snapshotDate}
              onChange={(e) => setSnapshotDate(e.target.value)}
            />
          }
        />
      )}
      {missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="missing-fields"
          title={t('analyse.wizard.missing', {
            fields: missing.map((f) => t(`importer.fields.${f}`)).join(', '),
          })}
        />
      )}
      <div>
        <Button
          type="primary"
          disabled={!ready}
          onClick={() => void start()}
          data-testid="start-import"
        >
          {t('analyse.wizard.start')}
        </Button>
      </div>
    </Flex>
  )
}

/** Why a file cannot be read at all (empty, binary, workbook, header only): what is wrong and what to do. */
function SetupProblem({ problem }: { problem: Problem }) {
  return <ProblemAlert problem={problem} testId="file-problem" />
}
