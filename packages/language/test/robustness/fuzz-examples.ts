import fc from 'fast-check';
import { loadExamples } from './example-corpus.js';
import { applyMutations, mutationsArbitrary, type Mutation, type SizeLimits } from './mutations.js';
import { ToolBench } from './tool-properties.js';

export interface FuzzOptions {
    numRuns: number;
    seed: number;
    limits: SizeLimits;
    /** Time bound for one input through every tool (two builds, format, four exports). */
    boundMs: number;
    /** Called before each input: the long run uses it as a watchdog heartbeat. */
    onInput?: (description: string) => void;
}

/**
 * The fuzz property: any example file, damaged by random mutations, goes through
 * the parser, validator, formatter and exporter without an exception, within the
 * time bound, with idempotent and meaning-preserving formatting and deterministic
 * export. Resolves with fast-check's report; a failure names the seed, the path
 * and the shrunk input to turn into a regression test.
 */
export async function fuzzExamples(options: FuzzOptions): Promise<fc.RunDetails<[[string, string], Mutation[]]>> {
    const bench = await ToolBench.create();
    const examples = new Map(loadExamples().map(example => [example.name, example]));
    const targets = [...examples.values()].flatMap(example => example.targets.map(target => [example.name, target] as [string, string]));
    const property = fc.asyncProperty(
        fc.constantFrom(...targets),
        mutationsArbitrary(options.limits),
        async ([name, target], mutations) => {
            const example = examples.get(name)!;
            const text = applyMutations(example.files[target], mutations);
            options.onInput?.(`${name}/${target} ${JSON.stringify(mutations).slice(0, 2_000)}`);
            await bench.check(example.files, target, text, options.boundMs);
        },
    );
    return fc.check(property, { numRuns: options.numRuns, seed: options.seed, verbose: fc.VerbosityLevel.None });
}
