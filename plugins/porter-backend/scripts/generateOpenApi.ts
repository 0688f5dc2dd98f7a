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

// The header must not contain "@internal": TypeScript's stripInternal
// drops a declaration whose leading comments do, and the header leads the
// first declaration of the types file.
const HEADER = `// THIS FILE IS GENERATED from plugins/porter-backend/src/schema/openapi.yaml
// by the porter backend's \`generate:openapi\` script. Do not edit.
/* eslint-disable */
`;

/*
 * openapi-typescript writes its top-level declarations bare; porter-common
 * re-exports them (as PorterApiPaths, PorterApiComponents,
 * PorterApiOperations, PorterApiWithRequired), so each is exported and gets
 * the one-line description and release tag the API report asks of every
 * exported symbol.
 */
const TOP_LEVEL_DOCS: Record<string, string> = {
  paths: "Every path of Porter's API and the operations on it.",
  webhooks: "The API's webhooks (it has none).",
  components: "The API's reusable schemas, parameters and responses.",
  $defs: "The document's $defs (it has none).",
  operations: "Every operation of Porter's API, by operationId.",
  // A helper openapi-typescript adds for `allOf` with `required`; exported
  // because the schemas that use it are.
  WithRequired: '`T` with the properties `K` made required.',
};

/*
 * openapi-typescript writes JSDoc (`@description`, `@enum`, `@default`, bare
 * braces in paths such as `{cluster}`); the API report parses comments as
 * TSDoc, which has none of these. Descriptions become the summary, `@enum`
 * goes (the type is the union), `@default` is TSDoc's `@defaultValue`, and
 * braces are escaped so they are not read as inline tags.
 */
function toTsdoc(source: string): string {
  return source.replace(/\/\*\*[\s\S]*?\*\//g, comment =>
    comment
      .replace(/^(\s*\*\s*)@enum \{[^}]*\}\s*\n/gm, '')
      .replace(/\/\*\* @enum \{[^}]*\} \*\//g, '')
      .replace(/@description /g, '')
      .replace(/@default /g, '@defaultValue ')
      .replace(/(?<!\\)([{}])/g, '\\$1'),
  );
}

function tagTopLevelDeclarations(source: string): string {
  return source.replace(
    /^(?:export )?(interface|type) ([A-Za-z0-9_$]+)/gm,
    (_line, kind: string, name: string) => {
      const doc = TOP_LEVEL_DOCS[name];
      if (!doc) {
        throw new Error(`No description for generated declaration '${name}'`);
      }
      return `/**\n * ${doc}\n *\n * @public\n */\nexport ${kind} ${name}`;
    },
  );
}

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
  const types = await format(
    `${HEADER}\n${tagTopLevelDeclarations(toTsdoc(astToString(ast)))}`,
  );
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
