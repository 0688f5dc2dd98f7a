import { InputError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { describeZodError, dns1123Label } from '@internal/plugin-porter-common';
import type {
  ErrorRequestHandler,
  Request as ExpressRequest,
  RequestHandler,
} from 'express';

/** Any request, whatever its route's contract types say its parts are (the parsing below checks them). */
type Request = ExpressRequest<any, any, any, any>;
import { z } from 'zod';

/** Parses a part of the request (path, query, body) or answers 400 naming every problem. */
export function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: string,
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(`Invalid ${where}: ${describeZodError(result.error)}`);
  }
  return result.data;
}

/**
 * The query string as sent, without express's nesting rules (`a[b]=1` is
 * the key 'a[b]', which qs would turn into an object or, for `__proto__`,
 * silently drop): each key once as a string, or a list when repeated.
 */
export function rawQuery(req: Request): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = Object.create(null);
  const url = new URL(req.originalUrl ?? req.url, 'http://porter.invalid');
  for (const [key, value] of url.searchParams) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...[seen].flat(), value];
  }
  return query;
}

/** Parses the query string (as sent) or answers 400 naming every problem. */
export function parseQuery<T extends z.ZodType>(
  schema: T,
  req: Request,
): z.output<T> {
  return parse(schema, rawQuery(req), 'query');
}

/** A route without query parameters refuses any (a typo must not be ignored). */
export function noQuery(req: Request): void {
  parseQuery(z.object({}).strict(), req);
}

/** Whether the request carries a body at all. */
export function hasBody(req: Request): boolean {
  return (
    Number(req.headers['content-length'] ?? 0) > 0 ||
    req.headers['transfer-encoding'] !== undefined
  );
}

/** `?entityRef=`: an entity reference like component:default/name. */
export const entityRefParameter = z
  .string({ error: 'entityRef must be given once, as a string' })
  .min(1, 'entityRef must not be empty')
  .max(255, 'entityRef must be at most 255 characters')
  .refine(
    ref => {
      try {
        parseEntityRef(ref);
        return /^[^\s]+$/.test(ref) && /:/.test(ref);
      } catch {
        return false;
      }
    },
    {
      message:
        "entityRef must be an entity reference like 'component:default/my-service'",
    },
  );

/** A DNS-1123 label given once as a query parameter (cluster, namespace). */
export const labelParameter = (what: string) =>
  z
    .string({ error: `${what} must be given once, as a string` })
    .pipe(dns1123Label(what));

/** A status error the backend's error handler sends with its code (no Backstage class exists for it). */
export class UnsupportedMediaTypeError extends Error {
  readonly statusCode = 415;
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** A request that carries a body must send it in one of these types. */
export function requireContentType(req: Request, accepted: string[]): void {
  if (!hasBody(req)) return;
  if (!req.is(accepted)) {
    throw new UnsupportedMediaTypeError(
      `The body is ${
        req.headers['content-type'] ?? 'of no declared type'
      }; send ${accepted.join(' or ')}`,
    );
  }
}

/** Bodies are UTF-8: another declared charset is refused before any parser decodes it. */
export const utf8Only: RequestHandler = (req, _res, next) => {
  const charset = /charset=([^;]+)/i
    .exec(req.headers['content-type'] ?? '')?.[1]
    ?.trim()
    .replace(/"/g, '')
    .toLowerCase();
  if (hasBody(req) && charset && charset !== 'utf-8' && charset !== 'utf8') {
    next(
      new UnsupportedMediaTypeError(
        `The body's charset is not supported (${charset}); send UTF-8`,
      ),
    );
    return;
  }
  next();
};

/**
 * The body parsers' own errors (invalid JSON, a body over the limit, an
 * unknown charset) as 4xx answers whose message says what to fix.
 */
export const bodyErrors: ErrorRequestHandler = (error, _req, _res, next) => {
  const type = (error as { type?: string }).type;
  switch (type) {
    case 'entity.parse.failed':
      next(new InputError(`The body is not valid JSON: ${error.message}`));
      return;
    case 'entity.too.large':
      next(
        Object.assign(
          new Error(
            `The body is ${error.length} bytes, more than the ${error.limit} bytes Porter accepts`,
          ),
          { name: 'PayloadTooLargeError', statusCode: 413 },
        ),
      );
      return;
    case 'charset.unsupported':
    case 'encoding.unsupported':
      next(
        new UnsupportedMediaTypeError(
          `The body's ${
            type === 'charset.unsupported' ? 'charset' : 'encoding'
          } is not supported; send UTF-8`,
        ),
      );
      return;
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      next(new InputError(`The body could not be read: ${error.message}`));
      return;
    default:
      next(error);
  }
};
