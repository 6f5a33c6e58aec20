import type * as sarif from 'sarif';
import type { Finding, Report, Severity } from '../model.js';
import type { RuleMeta } from '../rules/types.js';
import { sortFindings } from './summary.js';

export interface SarifOptions {
  toolVersion: string;
  informationUri: string;
  /** Rule docs base (e.g. `https://github.com/o/r/blob/v1/docs/rules/`); a rule's helpUri is `<base><id>.md`. */
  helpBaseUri?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'kubePrReview/v1';

const LEVEL: Readonly<Record<Severity, sarif.ReportingConfiguration.level>> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

export function renderSarif(report: Report, rules: readonly RuleMeta[], opts: SarifOptions): sarif.Log {
  const findings = sortFindings(report.findings);
  const firstByRule = new Map<string, Finding>();
  for (const finding of findings)
    if (!firstByRule.has(finding.ruleId)) firstByRule.set(finding.ruleId, finding);

  const descriptors: sarif.ReportingDescriptor[] = rules.map((rule) =>
    descriptor(rule.id, rule.description, rule.defaultSeverity, helpUri(rule.id, opts, firstByRule), [
      rule.category,
    ]),
  );
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  // A finding from a rule the caller did not list still needs a descriptor for its ruleIndex.
  for (const [id, finding] of firstByRule) {
    if (ruleIndex.has(id)) continue;
    ruleIndex.set(id, descriptors.length);
    descriptors.push(descriptor(id, id, finding.severity, finding.helpUri, []));
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kube-pr-review',
            version: opts.toolVersion,
            informationUri: opts.informationUri,
            rules: descriptors,
          },
        },
        automationDetails: { id: 'kube-pr-review/' },
        results: findings.map((finding) => result(finding, ruleIndex.get(finding.ruleId) ?? 0)),
      },
    ],
  };
}

function helpUri(id: string, opts: SarifOptions, firstByRule: Map<string, Finding>): string | undefined {
  if (opts.helpBaseUri !== undefined) {
    const base = opts.helpBaseUri.endsWith('/') ? opts.helpBaseUri : `${opts.helpBaseUri}/`;
    return `${base}${id}.md`;
  }
  return firstByRule.get(id)?.helpUri;
}

function descriptor(
  id: string,
  description: string,
  severity: Severity,
  help: string | undefined,
  tags: string[],
): sarif.ReportingDescriptor {
  return {
    id,
    shortDescription: { text: description },
    ...(help !== undefined && help !== '' && { helpUri: help }),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: ['kubernetes', ...tags] },
  };
}

function result(finding: Finding, ruleIndex: number): sarif.Result {
  // SARIF lines are 1-based and a region may not end before it starts.
  const startLine = Math.max(1, finding.line);
  const endLine = finding.endLine !== undefined ? Math.max(startLine, finding.endLine) : undefined;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(finding.file), uriBaseId: '%SRCROOT%' },
          region: { startLine, ...(endLine !== undefined && { endLine }) },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
  };
}

/** A repo-relative path as a relative URI reference: each segment percent-encoded. */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
