import { ApiError } from './status';
import { queryBool, validateListOptions } from './listOptions';

/** The 422's message and causes, or undefined when the options pass. */
function check(
  query: string,
  options: { watch: boolean; watchList?: boolean },
): { message?: string; causes?: unknown[] } | undefined {
  try {
    validateListOptions(new URLSearchParams(query), {
      watchList: true,
      ...options,
    });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const { status } = error as ApiError;
    expect(status).toMatchObject({ code: 422, reason: 'Invalid' });
    return { message: status.message, causes: status.details?.causes };
  }
}

const watch = { watch: true };
const list = { watch: false };

describe('queryBool', () => {
  it('reads booleans as the API server converts them', () => {
    expect(queryBool(null)).toBeUndefined();
    for (const f of ['0', 'false', 'False', 'FALSE']) {
      expect([f, queryBool(f)]).toEqual([f, false]);
    }
    for (const t of ['1', 'true', 'True', '', 'yes']) {
      expect([t, queryBool(t)]).toEqual([t, true]);
    }
  });
});

describe('validateListOptions', () => {
  it('passes plain lists and watches, and well-formed streaming lists', () => {
    expect(check('', watch)).toBeUndefined();
    expect(check('resourceVersion=5', watch)).toBeUndefined();
    expect(
      check(
        'sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true',
        watch,
      ),
    ).toBeUndefined();
    // sendInitialEvents=false does not need bookmarks: no initial events to end.
    expect(
      check(
        'sendInitialEvents=false&resourceVersionMatch=NotOlderThan&resourceVersion=5',
        watch,
      ),
    ).toBeUndefined();
    expect(check('limit=5', list)).toBeUndefined();
    expect(
      check('resourceVersion=5&resourceVersionMatch=Exact', list),
    ).toBeUndefined();
  });

  it('names the field, the error type and its detail in each cause', () => {
    expect(
      check(
        'sendInitialEvents=1&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=1',
        { watch: true, watchList: false },
      ),
    ).toEqual({
      message:
        'ListOptions.meta.k8s.io "" is invalid: sendInitialEvents: Forbidden: sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled',
      causes: [
        {
          reason: 'FieldValueForbidden',
          message:
            'Forbidden: sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled',
          field: 'sendInitialEvents',
        },
      ],
    });
  });

  it('refuses resourceVersionMatch misuse on watches', () => {
    expect(
      check(
        'sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan&continue=abc',
        watch,
      )?.message,
    ).toBe(
      'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden when continue is provided',
    );
    expect(check('resourceVersionMatch=Exact', watch)?.message).toBe(
      'ListOptions.meta.k8s.io "" is invalid: [resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided, ' +
        'resourceVersionMatch: Unsupported value: "Exact": supported values: "NotOlderThan"]',
    );
  });

  it('refuses resourceVersionMatch misuse and sendInitialEvents on lists', () => {
    expect(check('resourceVersionMatch=NotOlderThan', list)?.message).toBe(
      'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided',
    );
    expect(
      check('resourceVersion=0&resourceVersionMatch=Exact', list)?.message,
    ).toBe(
      'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Forbidden: resourceVersionMatch "exact" is forbidden for resourceVersion "0"',
    );
    expect(
      check('resourceVersion=1&resourceVersionMatch=Newest', list)?.message,
    ).toBe(
      'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Unsupported value: "Newest": supported values: "Exact", "NotOlderThan", ""',
    );
    expect(check('sendInitialEvents=false', list)?.message).toBe(
      'ListOptions.meta.k8s.io "" is invalid: sendInitialEvents: Forbidden: sendInitialEvents is forbidden for list',
    );
  });
});
