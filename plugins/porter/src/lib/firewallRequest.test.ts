import { pair } from '../__testUtils__/fixtures';
import { firewallRequestText, SOURCE_BLANK } from './firewallRequest';

describe('firewallRequestText', () => {
  it('has one rule per side: a blank source, the destination address and port, TCP', () => {
    const text = firewallRequestText(pair);
    expect(text).toContain(
      [
        'Rule 1 of 2: gold',
        `  Source (host, IP address or subnet): ${SOURCE_BLANK}`,
        '  Destination: 127.0.20.2:40001',
        '  Destination IP address: 127.0.20.2',
        '  Destination port: 40001',
        '  Protocol: TCP',
        '',
        'Rule 2 of 2: golddr',
        `  Source (host, IP address or subnet): ${SOURCE_BLANK}`,
        '  Destination: 127.0.30.2:50001',
        '  Destination IP address: 127.0.30.2',
        '  Destination port: 50001',
        '  Protocol: TCP',
      ].join('\n'),
    );
    expect(text).toContain(
      'Purpose: reach Service patroni (port 5432) in namespace abc123-prod for component:default/patroni-replica',
    );
  });
});
