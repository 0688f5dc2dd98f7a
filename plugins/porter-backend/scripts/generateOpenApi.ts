import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const PACKAGE = join(__dirname, '..');

/** The contract and the files made from it. */
export const GENERATED_FILES = {
  spec: join(PACKAGE, 'src/schema/openapi.yaml'),
  types: join(PACKAGE, '../porter-common/src/generated/openapi.ts'),
  router: join(PACKAGE, 'src/schema/openapi/generated/router.ts'),
};

/*
 * The API contract is `openapi.yaml`; this turns it into code, so the server
 * and the client cannot drift from it:
 * - porter-common `src/generated/openapi.ts`: the request and response types
 *   (openapi-typescript), which porter-common's model types and client use;
 * - porter-backend `src/schema/openapi/generated/router.ts`: the document as a
 *   constant, an EndpointMap of every operation's path, query, body and
 *   response types, and `createOpenApiRouter` (backend-openapi-utils), the
 *   typed router the routes register on.
 *
 * Backstage's `backstage-repo-tools package schema openapi generate` writes
 * the same two things, but through openapi-generator, a Java program it
 * downloads from Maven Central when it runs; this project installs from the
 * npm registry only, so the generation is done here with maintained npm
 * packages. `yarn workspace @internal/plugin-porter-backend generate:openapi`
 * writes the files; a test fails when they are not what the document gives.
 */

const HEADER = `// THIS FILE IS GENERATED from plugins/porter-backend/src/schema/openapi.yaml
// by \`yarn workspace @internal/plugin-porter-backend generate:openapi\`. Do not edit.
/* eslint-disable */
`;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface GeneratedSources {
  /** porter-common `src/generated/openapi.ts`. */
  types: string;
  /** porter-backend `src/schema/openapi/generated/router.ts`. */
  router: string;
}

export async function generateOpenApiSources(
  specYaml: string,
): Promise<GeneratedSources> {
  const spec = parse(specYaml);
  const ast = await openapiTS(spec, { alphabetize: false });
  const types = await format(`${HEADER}\n${astToString(ast)}`);
  return { types, router: await format(routerSource(spec)) };
}

function routerSource(spec: any): string {
  const entries: string[] = [];
  for (const [path, item] of Object.entries<any>(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const op = `PorterApiOperations['${operation.operationId}']`;
      // backend-openapi-utils spells DELETE `_delete` in endpoint maps.
      const key = `#${method === 'delete' ? '_delete' : method}|${path}`;
      entries.push(
        `  '${key}': {\n` +
          `    path: PathOf<${op}>;\n` +
          `    query: QueryOf<${op}>;\n` +
          `    body: BodyOf<${op}>;\n` +
          `    response: ResponseOf<${op}>;\n` +
          `  };`,
      );
    }
  }
  return `${HEADER}
import {
  createValidatedOpenApiRouterFromGeneratedEndpointMap,
} from '@backstage/backend-openapi-utils';
import type { PorterApiOperations } from '@internal/plugin-porter-common';

/** The OpenAPI document, as served at \`/api/porter/openapi.json\`. */
export const spec = ${JSON.stringify(spec, null, 2)} as const;

type PathOf<O> = O extends { parameters: { path: infer P } }
  ? P
  : Record<string, string>;
type QueryOf<O> = O extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : Record<string, string>;
type BodyOf<O> = O extends { requestBody?: infer R }
  ? [NonNullable<R>] extends [never]
    ? object
    : NonNullable<R> extends { content: { 'application/json': infer B } }
    ? B
    : object
  : object;
type ResponseOf<O> = O extends { responses: infer R }
  ? {
      [S in keyof R]: R[S] extends { content: infer C } ? C[keyof C] : never;
    }[keyof R]
  : unknown;

/** Every operation of the document: its path parameters, query, JSON body and responses. */
export type EndpointMap = {
${entries.join('\n')}
};

/** The typed router the routes register on (requests are checked by the routes' own schemas). */
export const createOpenApiRouter = async (
  options?: Parameters<
    typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
  >['1'],
) =>
  createValidatedOpenApiRouterFromGeneratedEndpointMap<EndpointMap>(
    spec as any,
    options,
  );
`;
}

/** Prettier 2 (the repository's), with the repository's settings; it ships no types. */
async function format(source: string): Promise<string> {
  const prettier: {
    format(text: string, options: object): string;
  } = require('prettier');
  const config = require('@backstage/cli/config/prettier');
  return prettier.format(source, { ...config, parser: 'typescript' });
}
