import type { ServiceSummary } from '@internal/plugin-porter-common';
import type { ReactNode } from 'react';
import { ListedSelect } from './ListedSelect';

/**
 * A Service's ports (the caller passes the TCP ones), each with its name;
 * `value` is the port as the form holds it, '' for none.
 */
export const PortSelect = (props: {
  id: string;
  ports: ServiceSummary['ports'];
  value: string;
  disabled?: boolean;
  error?: boolean;
  helperText: ReactNode;
  onChange: (port: string) => void;
}) => {
  const { ports, value, ...rest } = props;
  return (
    <ListedSelect
      {...rest}
      label="Port"
      options={ports.map(p => ({
        value: String(p.port),
        label: p.name ? `${p.port} (${p.name})` : String(p.port),
      }))}
      value={value}
      unlisted={value ? `${value} (not on the Service)` : 'Choose…'}
      flex={1}
    />
  );
};
