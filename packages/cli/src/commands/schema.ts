import { exportSchemaText } from 'citypact-language';
import { EXIT_OK, UsageError } from '../errors.js';
import type { Io } from '../io.js';

export const SCHEMA_HELP = `Usage: citypact schema

Prints the JSON Schema (draft 2020-12) of the export format (docs/language.md §6;
field by field in docs/export.md): the same text as the file
schemas/citypact-export-1.schema.json that the package ships.`;

export async function schemaCommand(args: string[], io: Io): Promise<number> {
    if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}"`);
    io.stdout.write(exportSchemaText());
    return EXIT_OK;
}
