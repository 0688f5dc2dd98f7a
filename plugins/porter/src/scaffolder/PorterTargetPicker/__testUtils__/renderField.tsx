import type { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { PorterClient } from '@internal/plugin-porter-common';
import { useState } from 'react';
import { porterApiRef } from '../../../api';
import { PorterTargetPicker } from '../PorterTargetPicker';
import type { PorterTarget } from '../schema';
import { baseUrl, entities } from './fixtures';

export type Value = Partial<PorterTarget> | undefined;

/** The field as the scaffolder form holds it: its value fed back on every change. */
function Field(props: {
  entityField?: string;
  formData?: Record<string, unknown>;
  initial?: Value;
  values: Value[];
}) {
  const [value, setValue] = useState<Value>(props.initial);
  const fieldProps = {
    formData: value,
    onChange: (next: Value) => {
      props.values.push(next);
      setValue(next);
    },
    uiSchema: {
      'ui:options': props.entityField ? { entityField: props.entityField } : {},
    },
    formContext: { formData: props.formData ?? {} },
    schema: { title: 'Service to expose' },
    required: true,
  };
  return <PorterTargetPicker {...(fieldProps as any)} />;
}

/**
 * Renders the field with the real PorterClient (msw answers at `baseUrl`)
 * and a catalog of `catalog` (the fixtures' entities by default); every
 * value it reports is pushed to `values`.
 */
export async function renderField(
  props: Parameters<typeof Field>[0],
  catalog: Entity[] = entities,
) {
  return renderInTestApp(
    <TestApiProvider
      apis={
        [
          [
            porterApiRef,
            new PorterClient({
              discoveryApi: { getBaseUrl: async () => baseUrl },
              fetchApi: { fetch },
            }),
          ],
          [catalogApiRef, catalogApiMock({ entities: catalog })],
        ] as any
      }
    >
      <Field {...props} />
    </TestApiProvider>,
  );
}

/** The value the field reported last. */
export const last = (values: Value[]) => values[values.length - 1];
