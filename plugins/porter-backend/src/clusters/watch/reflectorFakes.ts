/* Test doubles for Reflector tests: a source the test drives, and timers it fires. */
import type { KubernetesObject } from '@internal/plugin-porter-common';
import type { ListPage, ListWatchSource, WatchEvent } from './ListWatchSource';

export const svc = (
  name: string,
  rv: string,
  namespace = 'ns',
): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace, resourceVersion: rv },
});

/** A list/watch source the test drives: it hands out lists and lets the test push events. */
export function fakeSource() {
  const lists: ListPage[] = [];
  const listCalls: Array<{ continue?: string }> = [];
  const watches: Array<{
    resourceVersion: string;
    sendInitialEvents: boolean;
    push: (e: WatchEvent) => void;
    end: (error?: unknown) => void;
    stopped: boolean;
  }> = [];
  let listError: Error | undefined;
  const source: ListWatchSource = {
    async listPage(_kind, options) {
      listCalls.push({ continue: options.continue });
      if (listError) throw listError;
      const page = lists.shift();
      if (!page) throw new Error('no list prepared');
      return page;
    },
    async watch(_kind, options, onEvent, done) {
      const watch = {
        resourceVersion: options.resourceVersion,
        sendInitialEvents: options.sendInitialEvents ?? false,
        push: onEvent,
        end: done,
        stopped: false,
      };
      watches.push(watch);
      return () => {
        watch.stopped = true;
      };
    },
  };
  return {
    source,
    lists,
    listCalls,
    watches,
    failLists: (error?: Error) => {
      listError = error;
    },
  };
}

/** Timers the test fires by hand. */
export function manualTimers() {
  const pending: Array<{ fn: () => void; ms: number }> = [];
  const schedule = ((fn: () => void, ms: number) => {
    const timer = { fn, ms };
    pending.push(timer);
    return timer;
  }) as unknown as typeof setTimeout;
  return {
    schedule,
    /** Runs the retry timers (the watchdog timers are long and left alone). */
    fireRetries: () => {
      const due = pending.filter(t => t.ms < 60_000);
      pending.splice(0, pending.length, ...pending.filter(t => t.ms >= 60_000));
      due.forEach(t => t.fn());
      return due.map(t => t.ms);
    },
  };
}

export const settle = () => new Promise(resolve => setImmediate(resolve));

/** Records each change a reflector tells of as `before>after` (names; `-` for none). */
export function changeLog() {
  const changes: string[] = [];
  const onChange = (
    before: KubernetesObject | undefined,
    after: KubernetesObject | undefined,
  ) => {
    changes.push(
      `${before?.metadata.name ?? '-'}>${after?.metadata.name ?? '-'}`,
    );
  };
  return { changes, onChange };
}
