import { KubernetesApiEmulator } from './KubernetesApiEmulator';

describe('KubernetesApiEmulator', () => {
  it('creates clusters on first use and keeps them apart', async () => {
    const emulator = new KubernetesApiEmulator({
      clusters: ['silver', { name: 'gold', token: 'g' }],
    });
    expect(emulator.clusterNames).toEqual(['silver', 'gold']);
    expect(emulator.cluster('gold').token).toBe('g');
    expect(emulator.cluster('golddr')).toBe(emulator.cluster('golddr'));
    expect(emulator.clusterNames).toEqual(['silver', 'gold', 'golddr']);

    emulator.cluster('silver').seed([
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'only-silver' },
      },
    ]);
    const onGolddr = await emulator.handle('golddr', {
      method: 'GET',
      url: '/api/v1/namespaces/only-silver',
      headers: {},
    });
    expect(onGolddr.status).toBe(404);
    const onSilver = await emulator.handle('silver', {
      method: 'GET',
      url: '/api/v1/namespaces/only-silver',
      headers: {},
    });
    expect(onSilver.status).toBe(200);
    expect(onSilver.headers['content-type']).toBe('application/json');
  });

  it('rejects handle() with ClusterDownError while the cluster is down', async () => {
    const emulator = new KubernetesApiEmulator();
    emulator.cluster('silver').faults.down = true;
    await expect(
      emulator.handle('silver', {
        method: 'GET',
        url: '/version',
        headers: {},
      }),
    ).rejects.toThrow("Emulated cluster 'silver' is down (fault injected)");
  });
});
