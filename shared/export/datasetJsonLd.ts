import type { Dataset, DatasetRecord } from './dataset.ts';

/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) in JSON-LD: one annotation per evidence span,
 * gathered in an AnnotationCollection. The target is the source file named by its bytes (`urn:sha256:<hex>`)
 * with a TextPositionSelector (code points into the raw text, as the model requires) and a TextQuoteSelector.
 * The body carries the record's fields in the workbench vocabulary below (documented in the README).
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const VOCABULARY = 'urn:indicator-workbench:terms:';

/** Terms of the body, each a property of the vocabulary; typed where a consumer needs the type. */
export const VOCABULARY_CONTEXT = {
  iw: VOCABULARY,
  IndicatorStatement: 'iw:IndicatorStatement',
  recordId: 'iw:recordId',
  indicator: 'iw:indicator',
  region: 'iw:region',
  year: { '@id': 'iw:year', '@type': 'xsd:integer' },
  kind: 'iw:kind',
  measure: 'iw:measure',
  valueAsWritten: 'iw:valueAsWritten',
  unit: 'iw:unit',
  qualifier: 'iw:qualifier',
  valueNormalized: { '@id': 'iw:valueNormalized', '@type': 'xsd:decimal' },
  baseUnit: 'iw:baseUnit',
  recordStatus: 'iw:recordStatus',
  verifiedBy: 'iw:verifiedBy',
  verifiedAt: { '@id': 'iw:verifiedAt', '@type': 'xsd:dateTime' },
  note: 'iw:note',
  valueDiffers: 'iw:valueDiffers',
  span: { '@id': 'iw:span', '@type': 'xsd:integer' },
  spanCount: { '@id': 'iw:spanCount', '@type': 'xsd:integer' },
  correctedQuote: 'iw:correctedQuote',
  corrections: { '@id': 'iw:correction', '@type': '@id', '@container': '@set' },
} as const;

export function datasetToJsonLd(dataset: Dataset): Record<string, unknown> {
  const sha = new Map(dataset.sources.map((s) => [s.docId, s.sha256]));
  const items = dataset.records.flatMap((r) => r.evidence.map((_, i) => annotationOf(dataset, r, i, sha.get(r.docId) ?? '')));
  return {
    '@context': [ANNOTATION_CONTEXT, VOCABULARY_CONTEXT],
    id: `urn:indicator-workbench:export:${dataset.exportedAt}`,
    type: 'AnnotationCollection',
    label: `Indicator records (${dataset.filter === 'all' ? 'all statuses' : 'verified'})`,
    generator: { type: 'Software', name: `${dataset.generator.name} ${dataset.generator.version}` },
    generated: dataset.exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotationOf(dataset: Dataset, r: DatasetRecord, i: number, sha256: string): Record<string, unknown> {
  const e = r.evidence[i]!;
  return {
    id: `urn:indicator-workbench:record:${r.id}:span:${i + 1}`,
    type: 'Annotation',
    motivation: 'describing',
    creator: { type: 'Person', name: r.createdBy },
    created: r.createdAt,
    ...(r.verifiedAt ? { modified: r.verifiedAt } : {}),
    generated: dataset.exportedAt,
    body: {
      type: 'IndicatorStatement',
      recordId: r.id,
      indicator: r.indicator,
      region: r.region,
      ...(r.year !== null ? { year: r.year } : {}),
      kind: r.kind,
      measure: r.measure,
      valueAsWritten: r.value,
      unit: r.unit,
      qualifier: r.qualifier,
      ...(r.valueNormalized !== null ? { valueNormalized: r.valueNormalized, baseUnit: r.baseUnit } : {}),
      recordStatus: r.status,
      ...(r.verifiedBy ? { verifiedBy: r.verifiedBy } : {}),
      ...(r.verifiedAt ? { verifiedAt: r.verifiedAt } : {}),
      ...(r.note ? { note: r.note } : {}),
      ...(r.valueDiffers ? { valueDiffers: r.valueDiffers.reason } : {}),
      span: i + 1,
      spanCount: r.evidence.length,
      correctedQuote: e.correctedQuote,
      corrections: r.corrections.map((id) => `urn:indicator-workbench:correction:${id}`),
    },
    target: {
      source: `urn:sha256:${sha256}`,
      selector: [
        { type: 'TextPositionSelector', start: e.start, end: e.end },
        { type: 'TextQuoteSelector', exact: e.quote, prefix: e.prefix, suffix: e.suffix },
      ],
    },
  };
}
