import * as http from 'node:http';
import * as https from 'node:https';
import * as k8s from '@kubernetes/client-node';

type Agent = http.Agent | https.Agent;

const IDLE_TIMEOUT_MS = 30_000;

/**
 * A KubeConfig whose API clients reuse their connections.
 *
 * client-node 1.x builds a new agent for every request
 * (`applySecurityAuthentication`), so each API call opens a new TCP
 * connection and, over HTTPS, pays a new TLS handshake. This keeps one
 * keep-alive agent per cluster, made once from the options of client-node's
 * own first agent, so the TLS settings (CA, client certificate,
 * verification) stay exactly client-node's. A proxy agent is left as
 * client-node makes it: copying it would drop the proxy. Free sockets do not
 * hold the process open (Node unrefs them).
 */
export class PooledKubeConfig extends k8s.KubeConfig {
  private pooled?: Agent | null;

  override async applySecurityAuthentication(
    context: k8s.RequestContext,
  ): Promise<void> {
    await super.applySecurityAuthentication(context);
    const fresh = context.getAgent();
    if (this.pooled === undefined && fresh) this.pooled = keepAliveCopy(fresh);
    if (this.pooled) context.setAgent(this.pooled);
  }

  /** Closes the pooled connections (a removed cluster, a stopping backend). */
  destroyConnections() {
    this.pooled?.destroy();
  }
}

/** The same agent with keep-alive, or null when it is not a plain http(s).Agent. */
function keepAliveCopy(agent: Agent): Agent | null {
  const options = {
    ...(agent as https.Agent).options,
    keepAlive: true,
    // An idle connection is closed after this, or a second before the
    // server's own `Keep-Alive: timeout=` (Node honours that hint only when
    // the agent has a timeout), so a request never goes out on a connection
    // the server is closing (ECONNRESET).
    timeout: IDLE_TIMEOUT_MS,
  };
  if (agent.constructor === https.Agent) return new https.Agent(options);
  if (agent.constructor === http.Agent) return new http.Agent(options);
  return null;
}
