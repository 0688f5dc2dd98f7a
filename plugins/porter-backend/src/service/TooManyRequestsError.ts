/** 429: the caller is over a rate limit. The backend's error handler sends `statusCode`. */
export class TooManyRequestsError extends Error {
  readonly statusCode = 429;

  constructor(message: string) {
    super(message);
    this.name = 'TooManyRequestsError';
  }
}
