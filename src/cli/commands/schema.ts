/** `pagesift schema`: the output contract as JSON Schema, generated from the zod schema. */
import { Command } from 'commander';
import { writeOut } from '../output.js';

export function schemaCommand(): Command {
  return new Command('schema')
    .description("print the JSON Schema of extract's output (draft 2020-12), generated from its zod schema")
    .action(async () => {
      // Imported here, not at the top: zod's JSON Schema generator is only needed by this command.
      const { resultJsonSchema } = await import('../../validate/json-schema.js');
      await writeOut(JSON.stringify(resultJsonSchema(), null, 2) + '\n');
    });
}
