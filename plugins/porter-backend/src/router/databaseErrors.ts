import { ServiceUnavailableError } from '@backstage/errors';
import type { ErrorRequestHandler } from 'express';
import { databaseUnavailable } from '../database/dbErrors';

/**
 * A request the database could not serve (it is down, restarting, full or
 * locked) is answered 503 with why, so that clients try again, rather than
 * a 500 that reads like a bug in Porter.
 */
export const databaseErrors: ErrorRequestHandler = (
  error,
  _req,
  _res,
  next,
) => {
  const why = databaseUnavailable(error);
  next(
    why
      ? new ServiceUnavailableError(
          `Porter's database cannot serve this request now: ${why}. Try again shortly; ` +
            'an apply or a delete can safely be sent again.',
        )
      : error,
  );
};
