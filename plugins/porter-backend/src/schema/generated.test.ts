import { readFileSync } from 'node:fs';
import {
  GENERATED_FILES,
  generateOpenApiSources,
} from '../../scripts/generateOpenApi';

/**
 * The code generated from openapi.yaml is what the document gives now: a
 * change to the contract is a change to the server's and the client's types.
 */
describe('code generated from the API contract', () => {
  it('is up to date (yarn workspace @internal/plugin-porter-backend generate:openapi)', async () => {
    const fresh = await generateOpenApiSources(
      readFileSync(GENERATED_FILES.spec, 'utf8'),
    );
    expect(readFileSync(GENERATED_FILES.types, 'utf8')).toBe(fresh.types);
    expect(readFileSync(GENERATED_FILES.router, 'utf8')).toBe(fresh.router);
  });
});
