import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { PorterMonitorPicker } from './PorterMonitorPicker';
import type { PorterMonitorValue } from './schema';

function Field(props: { values: unknown[]; initial?: PorterMonitorValue }) {
  const [value, setValue] = useState(props.initial);
  const fieldProps = {
    formData: value,
    onChange: (next: PorterMonitorValue) => {
      props.values.push(next);
      setValue(next);
    },
    schema: { title: 'Health monitor' },
    rawErrors: [],
  };
  return <PorterMonitorPicker {...(fieldProps as any)} />;
}

describe('PorterMonitorPicker', () => {
  it("starts from Porter's defaults and recommends F5's timeout for the interval chosen", async () => {
    const values: unknown[] = [];
    await renderInTestApp(<Field values={values} />);
    expect(values[0]).toEqual({ interval: 5, timeout: 16 });
    expect(screen.getByLabelText('Interval (seconds)')).toHaveValue(5);
    expect(screen.getByLabelText('Timeout (seconds)')).toHaveValue(16);
    expect(
      screen.getByText(/F5 recommends 3 × interval \+ 1 = 16/),
    ).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Interval (seconds)'), {
      target: { value: '30' },
    });
    expect(values[values.length - 1]).toEqual({ interval: 30, timeout: 16 });
    expect(
      screen.getByText(/F5 recommends 3 × interval \+ 1 = 91/),
    ).toBeInTheDocument();
  });

  it('keeps a value it is given', async () => {
    const values: unknown[] = [];
    await renderInTestApp(
      <Field values={values} initial={{ interval: 10, timeout: 10 }} />,
    );
    expect(values).toEqual([]);
    expect(screen.getByLabelText('Timeout (seconds)')).toHaveValue(10);
  });
});
