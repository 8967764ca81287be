/**
 * A problem with how the tool was called or with its environment: usage,
 * configuration or I/O. Printed as one line, exit code 2 (docs/language.md §7).
 */
export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'UsageError';
    }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
