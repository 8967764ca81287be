import { exportSchemaText } from 'citypact-language';
import { EXIT_OK, UsageError } from '../errors.js';
import type { Io } from '../io.js';

export const SCHEMA_HELP = `Usage: citypact schema

Prints the JSON Schema (draft 2020-12) of the export format, the same text as
packages/language/schemas/citypact-export-1.schema.json.`;

export async function schemaCommand(args: string[], io: Io): Promise<number> {
    if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}"`);
    io.stdout.write(exportSchemaText());
    return EXIT_OK;
}
