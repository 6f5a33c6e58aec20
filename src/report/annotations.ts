import type { Finding, Severity } from '../model.js';
import { SEVERITIES } from '../model.js';
import { sortFindings } from './summary.js';

/** One workflow annotation; the overflow summary has no file or line. */
export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export interface AnnotationOptions {
  /**
   * GitHub shows at most 10 annotations of each level per step. A per-level map leaves room for the
   * action's own messages (the failed gate is an error annotation too).
   */
  perLevel?: number | Partial<Record<Severity, number>>;
}

export const ANNOTATIONS_PER_LEVEL = 10;

/** Errors, then warnings, then notices; a level over the cap ends with a "N more" annotation. */
export function renderAnnotations(findings: readonly Finding[], opts: AnnotationOptions = {}): Annotation[] {
  const sorted = sortFindings(findings);
  const annotations: Annotation[] = [];
  for (const level of SEVERITIES) {
    const perLevel =
      typeof opts.perLevel === 'number' ? opts.perLevel : (opts.perLevel?.[level] ?? ANNOTATIONS_PER_LEVEL);
    const ofLevel = sorted.filter((finding) => finding.severity === level);
    if (perLevel <= 0 || ofLevel.length === 0) continue;
    if (ofLevel.length <= perLevel) {
      annotations.push(...ofLevel.map(annotation));
      continue;
    }
    const shown = ofLevel.slice(0, perLevel - 1);
    annotations.push(...shown.map(annotation));
    const hidden = ofLevel.length - shown.length;
    annotations.push({
      level,
      title: 'kube-pr-review',
      message: `${hidden} more ${level}${hidden === 1 ? '' : 's'} not shown: see the job summary`,
    });
  }
  return annotations;
}

function annotation(finding: Finding): Annotation {
  return {
    level: finding.severity,
    message: finding.message,
    title: finding.ruleId,
    file: finding.file,
    startLine: finding.line,
    ...(finding.endLine !== undefined && finding.endLine !== finding.line && { endLine: finding.endLine }),
  };
}
