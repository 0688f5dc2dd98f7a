import type { KubernetesApiEmulator } from '../KubernetesApiEmulator';

/** A watch opened through handle(), its stream read as a transport reads it. */
export interface OpenedWatch {
  status: number;
  /** The parsed events; for a refused watch, its Status body. */
  events: any[];
  ended: boolean;
  destroyed: boolean;
  close(): void;
}

export async function openWatch(
  emulator: KubernetesApiEmulator,
  cluster: string,
  url: string,
  accept?: string,
): Promise<OpenedWatch> {
  const res = await emulator.handle(cluster, {
    method: 'GET',
    url,
    headers: accept ? { accept } : {},
  });
  const opened: OpenedWatch = {
    status: res.status,
    events: [],
    ended: false,
    destroyed: false,
    close: () => res.stream?.close(),
  };
  if (!res.stream) {
    opened.events.push(JSON.parse(res.body));
    return opened;
  }
  res.stream.open({
    write: chunk => {
      expect(chunk.endsWith('\n')).toBe(true);
      opened.events.push(JSON.parse(chunk));
    },
    end: () => {
      opened.ended = true;
    },
    destroy: () => {
      opened.destroyed = true;
    },
  });
  return opened;
}

/** `ADDED web`, …; bookmarks and errors by their type only. */
export const eventSummary = (w: OpenedWatch) =>
  w.events.map(e =>
    e.type === 'BOOKMARK' || e.type === 'ERROR'
      ? e.type
      : `${e.type} ${e.object.metadata.name}`,
  );
