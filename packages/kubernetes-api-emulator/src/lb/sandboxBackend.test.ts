import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import { service } from '../__testUtils__/clientNode';
import {
  isLoopback,
  parseBackend,
  resolveSandboxBackend,
  SANDBOX_BACKEND_ANNOTATION,
} from './sandboxBackend';

describe('sandbox backends', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.0.10.2', true],
    ['::1', true],
    ['localhost', true],
    ['10.0.0.1', false],
    ['0.0.0.0', false],
    ['192.168.1.1', false],
  ])('%s is loopback: %p', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });

  it('parses host:port and refuses anything off this machine', () => {
    expect(parseBackend('127.0.0.1:18800')).toEqual({
      host: '127.0.0.1',
      port: 18800,
    });
    expect(parseBackend('[::1]:80')).toEqual({ host: '::1', port: 80 });
    expect(parseBackend('127.0.0.1')).toMatch(/must be "host:port"/);
    expect(parseBackend('127.0.0.1:70000')).toMatch(/must be "host:port"/);
    expect(parseBackend('10.1.2.3:80')).toMatch(/not a loopback address/);
  });

  it('explains why a Service has no backend', () => {
    const cluster = new KubernetesApiEmulator().cluster('silver');
    const annotated = service('a', 'web');
    annotated.metadata!.annotations = {
      [SANDBOX_BACKEND_ANNOTATION]: '127.0.0.1:18800',
    };
    cluster.seed([annotated, service('a', 'bare')]);
    expect(resolveSandboxBackend(cluster, 'a', 'web')).toEqual({
      host: '127.0.0.1',
      port: 18800,
    });
    expect(resolveSandboxBackend(cluster, 'a', 'bare')).toMatch(
      /has no sandbox\.porter\.devops\.gov\.bc\.ca\/backend annotation/,
    );
    expect(resolveSandboxBackend(cluster, 'a', 'missing')).toBe(
      'Service a/missing not found in cluster silver',
    );
    expect(resolveSandboxBackend(cluster, 'a', undefined)).toBe(
      'spec.pool.service is not set',
    );
  });
});
