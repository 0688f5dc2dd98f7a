import type { Answer } from './PortalClient';

/**
 * What an answer to an apply or a delete says, for the reliability suites: a success, a
 * refusal a person can act on (a 4xx or 503 with a message), or something
 * that should never happen (another 5xx, no answer, a 4xx without a message).
 */
export type Outcome =
  | 'created'
  | 'unchanged or updated'
  | 'deleted'
  | 'refused: quota'
  | 'refused: target taken'
  | 'refused: other 4xx'
  | 'unavailable (503)'
  | 'UNEXPECTED';

export function outcomeOf(answer: Answer): Outcome {
  const message: string | undefined = answer.body?.error?.message;
  if (answer.status === 201) return 'created';
  if (answer.status === 200) return 'unchanged or updated';
  if (answer.status === 204) return 'deleted';
  if (answer.status >= 400 && answer.status < 500 && message) {
    if (answer.status === 403 && /quota/.test(message)) return 'refused: quota';
    if (answer.status === 409) return 'refused: target taken';
    return 'refused: other 4xx';
  }
  if (answer.status === 503 && message) return 'unavailable (503)';
  return 'UNEXPECTED';
}

const errorText = (error: unknown) =>
  `${(error as Error)?.message ?? error}${
    (error as any)?.cause?.code ? ` ${(error as any).cause.code}` : ''
  }`;

/** Counts outcomes and keeps examples of the unexpected ones. */
export class OutcomeTally {
  readonly counts = new Map<string, number>();
  readonly unexpected: string[] = [];

  add(outcome: Outcome, what: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
    if (outcome === 'UNEXPECTED' && this.unexpected.length < 20) {
      this.unexpected.push(what);
    }
  }

  /** An answer, or the error its request ended in (no answer at all). */
  record(what: string, result: Settled<Answer>): Outcome {
    if (!result.ok) {
      this.add('UNEXPECTED', `${what}: no answer (${errorText(result.error)})`);
      return 'UNEXPECTED';
    }
    const answer = result.value;
    const outcome = outcomeOf(answer);
    this.add(
      outcome,
      `${what}: ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 300)}`,
    );
    return outcome;
  }

  count(outcome: Outcome): number {
    return this.counts.get(outcome) ?? 0;
  }

  toString(): string {
    return [...this.counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
  }
}

/**
 * A task's result or its error. (Not `instanceof Error`: errors from Node's
 * own fetch come from another realm than a test's Error.)
 */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs `tasks` with at most `limit` in flight; resolves when all have settled. */
export async function inParallel<T>(
  tasks: Array<() => Promise<T>>,
  limit: number,
): Promise<Array<Settled<T>>> {
  const results: Array<Settled<T>> = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      try {
        results[i] = { ok: true, value: await tasks[i]() };
      } catch (error) {
        results[i] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** A fixed shuffle (seeded), so runs interleave requests the same way. */
export function shuffled<T>(items: T[], seed = 10): T[] {
  const out = [...items];
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}
