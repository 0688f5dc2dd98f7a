import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { side } from '../../__testUtils__/fixtures';
import { ClusterSideDetail } from './ClusterSideDetail';

const LEGACY_NOTE =
  "The legacy cross-connect name 'patroni-<cluster>' belongs to claim 'patroni-tsc', the oldest on Service 'patroni'; this claim's cross-connects carry the port in their name.";

describe('ClusterSideDetail', () => {
  it('shows each of the side’s notes', async () => {
    await renderInTestApp(
      <ClusterSideDetail
        side={side('golddr', 'Ready', {
          address: '127.0.30.2',
          port: 50002,
          notes: [LEGACY_NOTE, 'Another note.'],
        })}
      />,
    );
    const detail = screen.getByTestId('porter-side-golddr');
    expect(detail).toHaveTextContent(LEGACY_NOTE);
    expect(detail).toHaveTextContent('Another note.');
    expect(detail).toHaveTextContent('127.0.30.2:50002');
  });

  it('shows no note when the side has none', async () => {
    await renderInTestApp(<ClusterSideDetail side={side('gold', 'Ready')} />);
    expect(screen.getByTestId('porter-side-gold')).toBeInTheDocument();
    expect(screen.queryByText(/legacy cross-connect name/)).toBeNull();
  });
});
