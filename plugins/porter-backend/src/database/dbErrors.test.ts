import { databaseUnavailable, isUniqueViolation } from './dbErrors';

const withCode = (code: string, message = 'x') =>
  Object.assign(new Error(message), { code });

describe('databaseUnavailable', () => {
  it.each([
    [withCode('ECONNREFUSED'), 'it refused the connection'],
    [withCode('ECONNRESET'), 'it dropped the connection'],
    [withCode('57P03'), 'it is starting up'],
    [withCode('57P01'), 'it is shutting down'],
    [withCode('53300'), 'it has no connection slot free'],
    [withCode('08006'), 'the connection to it failed'],
    [
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), {
        name: 'KnexTimeoutError',
      }),
      'no connection to it was free in time',
    ],
    [withCode('SQLITE_BUSY'), 'its file is locked by another writer'],
    [
      new Error('Connection terminated unexpectedly'),
      'the connection to it ended',
    ],
  ])('says why for %p', (error, why) => {
    expect(databaseUnavailable(error)).toBe(why);
  });

  it('says nothing of errors that are not about reaching the database', () => {
    expect(databaseUnavailable(withCode('23505'))).toBeUndefined();
    expect(databaseUnavailable(withCode('42P01'))).toBeUndefined();
    expect(databaseUnavailable(new Error('boom'))).toBeUndefined();
    expect(databaseUnavailable(undefined)).toBeUndefined();
    expect(isUniqueViolation(withCode('23505'))).toBe(true);
  });
});
