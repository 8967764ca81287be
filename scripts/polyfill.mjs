// Langium 4.4 pulls chevrotain 13, which calls Object.groupBy (Node 21+).
// Loaded with `node --import` before langium-cli on Node 20.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = function groupBy(items, keyFn) {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyFn(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = function groupBy(items, keyFn) {
        const groups = new Map();
        let index = 0;
        for (const item of items) {
            const key = keyFn(item, index++);
            if (!groups.has(key)) groups.set(key, []);
            groups.get(key).push(item);
        }
        return groups;
    };
}
