// A built-in sample as the app opens it: the data, marked with its id (Filing.sample) so it reads as a
// sample wherever it is open, also after 另存为. sampleFiling()/putuoSample() stay unmarked: tests and
// fixtures build on them.
import type { Filing } from '../types/filing';
import { DEFAULT_SAMPLE } from './catalog';
import { sampleFiling } from './index';
import { putuoSample } from './shanghai-2024/index';

const MAKERS: Record<string, () => Filing> = {
  'shanxi-2022': sampleFiling,
  'shanghai-2024': putuoSample,
};

/** The sample of that id (default 山西 2022), marked; throws on an id that has none. */
export function markedSample(id: string = DEFAULT_SAMPLE): Filing {
  const make = MAKERS[id];
  if (!make) throw new Error(`没有内置示例“${id}”。`);
  return { ...make(), sample: id };
}
