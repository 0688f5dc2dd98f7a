/*
 * Writes the code generated from the API contract (see generateOpenApi.ts):
 *   yarn workspace @internal/plugin-porter-backend generate:openapi
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateOpenApiSources, GENERATED_FILES } from './generateOpenApi';

async function main() {
  const sources = await generateOpenApiSources(
    readFileSync(GENERATED_FILES.spec, 'utf8'),
  );
  writeFileSync(GENERATED_FILES.types, sources.types);
  writeFileSync(GENERATED_FILES.router, sources.router);
  process.stdout.write(
    `Wrote ${GENERATED_FILES.types}\nWrote ${GENERATED_FILES.router}\n`,
  );
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
