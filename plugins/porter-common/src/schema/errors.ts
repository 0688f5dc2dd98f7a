import { z } from 'zod';

/**
 * One line per problem, each naming the field it is about, e.g.
 * `spec.servicePort: servicePort must be between 1 and 65535`.
 *
 * @public
 */
export function describeZodError(error: z.ZodError, prefix?: string): string {
  return error.issues
    .map(issue => {
      const path = [prefix, ...issue.path.map(String)].filter(
        p => p !== undefined && p !== '',
      );
      const where = path.length ? `${path.join('.')}: ` : '';
      if (issue.code === 'unrecognized_keys') {
        return `${where}unknown field(s) ${issue.keys
          .map(k => `'${k}'`)
          .join(', ')}`;
      }
      return `${where}${issue.message}`;
    })
    .join('; ');
}
