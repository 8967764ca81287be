/**
 * Langium 4.4 pulls chevrotain 13, which calls `Object.groupBy` (Node 21+).
 * Every entry point (CLI, language server, tests) imports this module before
 * anything that loads langium, so the tools run on Node 20.
 */
type KeyFn<T, K> = (item: T, index: number) => K;

const objectWithGroupBy = Object as unknown as {
    groupBy?: <T>(items: Iterable<T>, keyFn: KeyFn<T, PropertyKey>) => Record<PropertyKey, T[]>;
};
if (typeof objectWithGroupBy.groupBy !== 'function') {
    objectWithGroupBy.groupBy = <T>(items: Iterable<T>, keyFn: KeyFn<T, PropertyKey>) => {
        const groups: Record<PropertyKey, T[]> = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyFn(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}

const mapWithGroupBy = Map as unknown as {
    groupBy?: <T, K>(items: Iterable<T>, keyFn: KeyFn<T, K>) => Map<K, T[]>;
};
if (typeof mapWithGroupBy.groupBy !== 'function') {
    mapWithGroupBy.groupBy = <T, K>(items: Iterable<T>, keyFn: KeyFn<T, K>) => {
        const groups = new Map<K, T[]>();
        let index = 0;
        for (const item of items) {
            const key = keyFn(item, index++);
            const group = groups.get(key);
            if (group) group.push(item); else groups.set(key, [item]);
        }
        return groups;
    };
}

export {};
