import { describe, expect, it } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { compareCrdSets } from '../../src/crd/compare.js';
import { crdsFromYaml } from '../../src/crd/load.js';
import { crdObject } from './crd-builder.js';

/** A deep, wide schema like Argo CD's ApplicationSet (the template repeated under every generator). */
function bigSchema(seed: number): Record<string, unknown> {
  const leaf = (i: number) => ({
    type: i % 3 === 0 ? 'integer' : 'string',
    description: `Field ${i} of a large generated schema, with a description long enough to look real (${seed}).`,
    ...(i % 7 === 0 ? { enum: ['a', 'b', 'c'] } : {}),
    ...(i % 11 === 0 ? { maxLength: 63 + seed } : {}),
  });
  const object = (depth: number, width: number): Record<string, unknown> => {
    const properties: Record<string, unknown> = {};
    for (let i = 0; i < width; i++) {
      properties[`field${i}`] =
        depth > 0 && i % 4 === 0
          ? i % 8 === 0
            ? { type: 'array', items: object(depth - 1, width) }
            : object(depth - 1, width)
          : leaf(i);
    }
    return { type: 'object', description: 'An object.', properties, required: ['field1'] };
  };
  return { type: 'object', properties: { spec: object(3, 20), status: object(3, 12) } };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('compare performance', () => {
  it('compares a >1 MB CRD pair in a fraction of the time it takes to parse it', () => {
    const oldText = stringify(crdObject({ schema: bigSchema(0) }));
    const newText = stringify(crdObject({ schema: bigSchema(1) }));
    expect(oldText.length).toBeGreaterThan(1_000_000);
    const parse: number[] = [];
    const compare: number[] = [];
    let changes = 0;
    for (let run = 0; run < 3; run++) {
      let start = performance.now();
      const oldCrds = crdsFromYaml(oldText, 'old.yaml');
      const newCrds = crdsFromYaml(newText, 'new.yaml');
      parse.push(performance.now() - start);
      start = performance.now();
      changes = compareCrdSets(oldCrds, newCrds).changes.length;
      compare.push(performance.now() - start);
    }
    expect(changes).toBeGreaterThan(1000);
    // By hand on the real Argo CD ApplicationSet pair it is ~0.06; loose here so CI noise cannot fail it.
    const ratio = median(compare) / median(parse);
    expect(ratio).toBeLessThan(4);
  });
});
