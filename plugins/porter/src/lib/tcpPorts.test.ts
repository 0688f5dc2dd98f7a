import { tcpPorts } from './tcpPorts';

describe('tcpPorts', () => {
  it('keeps the TCP ports and those without a protocol', () => {
    expect(
      tcpPorts({
        name: 'db',
        type: 'NodePort',
        ports: [
          { port: 5432, protocol: 'TCP', name: 'pg' },
          { port: 53, protocol: 'UDP' },
          { port: 8008 } as any,
        ],
      }),
    ).toEqual([{ port: 5432, protocol: 'TCP', name: 'pg' }, { port: 8008 }]);
  });

  it('is empty without a Service', () => {
    expect(tcpPorts(undefined)).toEqual([]);
  });
});
