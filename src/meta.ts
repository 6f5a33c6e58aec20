export const TOOL_NAME = 'kube-pr-review';
export const TOOL_VERSION = '0.1.0';
export const HOMEPAGE = 'https://github.com/kube-pr-review/kube-pr-review';

export function ruleHelpUri(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;
}
