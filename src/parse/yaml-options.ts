import type { DocumentOptions, ParseOptions, ScalarTag, SchemaOptions, Tags } from 'yaml';

const FLOAT_TAG = 'tag:yaml.org,2002:float';
/** go-yaml, which Kubernetes uses, wants a digit next to the dot: `.` and `._` are strings, not NaN. */
const PLAIN_FLOAT = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;

function isScalarTag(tag: Tags[number]): tag is ScalarTag {
  return typeof tag === 'object' && 'test' in tag;
}

/**
 * YAML 1.1 as Kubernetes reads it (sigs.k8s.io/yaml on go-yaml): `yes`/`on` are booleans and `0777` is octal,
 * but base-60 numbers (`10:30`) stay strings and a lone `.` is not a float.
 */
function kubernetesTags(tags: Tags): Tags {
  return tags
    .filter((tag) => !(isScalarTag(tag) && tag.format === 'TIME') && tag !== 'floatTime' && tag !== 'intTime')
    .map((tag) =>
      isScalarTag(tag) && tag.tag === FLOAT_TAG && !tag.format && tag.test?.source.endsWith('\\.[0-9_]*$')
        ? { ...tag, test: PLAIN_FLOAT }
        : tag,
    );
}

export const KUBERNETES_YAML: DocumentOptions & ParseOptions & SchemaOptions = {
  version: '1.1',
  customTags: kubernetesTags,
};
