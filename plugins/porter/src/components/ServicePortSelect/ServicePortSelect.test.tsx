import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ServiceSummary } from '@internal/plugin-porter-common';
import { PortSelect } from './PortSelect';
import { ServiceSelect } from './ServiceSelect';

const services: ServiceSummary[] = [
  {
    name: 'patroni',
    type: 'NodePort',
    ports: [
      { name: 'postgres', port: 5432, protocol: 'TCP' },
      { port: 8008, protocol: 'TCP' },
    ],
  },
  { name: 'pgbouncer', type: 'ClusterIP', ports: [] },
];

const optionTexts = () =>
  screen.getAllByRole('option').map(option => option.textContent);

describe('ServiceSelect', () => {
  it('lists the Services with their type and reports the name picked', async () => {
    const onChange = jest.fn();
    render(
      <ServiceSelect
        id="service"
        services={services}
        value=""
        helperText="help"
        onChange={onChange}
      />,
    );
    expect(optionTexts()).toEqual([
      'Choose…',
      'patroni (NodePort)',
      'pgbouncer (ClusterIP)',
    ]);
    await userEvent.selectOptions(
      screen.getByLabelText('Service'),
      'pgbouncer',
    );
    expect(onChange).toHaveBeenCalledWith('pgbouncer');
  });

  it('keeps a value that is not listed, saying so', () => {
    render(
      <ServiceSelect
        id="service"
        services={services}
        value="gone"
        helperText="help"
        onChange={jest.fn()}
      />,
    );
    expect(optionTexts()[0]).toBe('gone (not found)');
    expect(screen.getByLabelText('Service')).toHaveValue('gone');
  });

  it('stands in for the Services while they load', () => {
    render(
      <ServiceSelect
        id="service"
        services={[]}
        value="patroni"
        loading
        disabled
        helperText="help"
        onChange={jest.fn()}
      />,
    );
    expect(optionTexts()).toEqual(['Loading the Services…']);
    expect(screen.getByLabelText('Service')).toBeDisabled();
  });

  it('lists nothing more once the value is among the Services', () => {
    render(
      <ServiceSelect
        id="service"
        services={services}
        value="patroni"
        helperText="Type NodePort"
        onChange={jest.fn()}
      />,
    );
    expect(optionTexts()).toEqual([
      'patroni (NodePort)',
      'pgbouncer (ClusterIP)',
    ]);
    expect(screen.getByText('Type NodePort')).toBeInTheDocument();
  });
});

describe('PortSelect', () => {
  it('lists the ports with their names and reports the port picked', async () => {
    const onChange = jest.fn();
    render(
      <PortSelect
        id="port"
        ports={services[0].ports}
        value=""
        helperText="help"
        onChange={onChange}
      />,
    );
    expect(optionTexts()).toEqual(['Choose…', '5432 (postgres)', '8008']);
    await userEvent.selectOptions(screen.getByLabelText('Port'), '8008');
    expect(onChange).toHaveBeenCalledWith('8008');
  });

  it('keeps a port the Service does not have, saying so', () => {
    render(
      <PortSelect
        id="port"
        ports={services[0].ports}
        value="9999"
        helperText="help"
        onChange={jest.fn()}
      />,
    );
    expect(optionTexts()[0]).toBe('9999 (not on the Service)');
    expect(screen.getByLabelText('Port')).toHaveValue('9999');
  });
});
