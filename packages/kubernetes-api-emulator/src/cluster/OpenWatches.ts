import {
  WatchSettings,
  WatchStream,
  WatchTarget,
} from '../api/watch/WatchStream';

/**
 * The watches open on one emulated cluster, so that faults can end them all
 * at once (a dropped connection, a restarted server) and tests can see how
 * many clients are watching.
 */
export class OpenWatches {
  readonly settings: WatchSettings = {
    bookmarkIntervalMs: 60_000,
    defaultTimeoutSeconds: 1800,
    watchList: true,
  };
  private readonly streams = new Set<WatchStream>();

  start(target: Omit<WatchTarget, 'settings'>): WatchStream {
    const stream = new WatchStream({ ...target, settings: this.settings }, s =>
      this.streams.delete(s),
    );
    this.streams.add(stream);
    return stream;
  }

  get count(): number {
    return this.streams.size;
  }

  /** Cuts every open watch's connection; returns how many there were. */
  dropAll(): number {
    const all = [...this.streams];
    all.forEach(s => s.drop());
    return all.length;
  }

  /** Ends every open watch normally, as the server's timeout would. */
  endAll(): number {
    const all = [...this.streams];
    all.forEach(s => s.end());
    return all.length;
  }
}
