import type { ServiceSummary } from '@internal/plugin-porter-common';
import type { ReactNode } from 'react';
import { ListedSelect } from './ListedSelect';

/** The namespace's Services, each with its type; `value` is a Service's name, '' for none. */
export const ServiceSelect = (props: {
  id: string;
  services: ServiceSummary[];
  value: string;
  /** The Services are still loading: the select stands in for them. */
  loading?: boolean;
  disabled?: boolean;
  error?: boolean;
  helperText: ReactNode;
  onChange: (name: string) => void;
}) => {
  const { services, value, loading, ...rest } = props;
  let unlisted = 'Choose…';
  if (loading) unlisted = 'Loading the Services…';
  else if (value) unlisted = `${value} (not found)`;
  return (
    <ListedSelect
      {...rest}
      label="Service"
      options={services.map(s => ({
        value: s.name,
        label: `${s.name} (${s.type})`,
      }))}
      value={value}
      unlisted={unlisted}
      flex={2}
    />
  );
};
