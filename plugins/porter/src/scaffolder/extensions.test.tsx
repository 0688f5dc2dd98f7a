import {
  ScaffolderFieldExtensions,
  useCustomFieldExtensions,
} from '@backstage/plugin-scaffolder-react';
import { featureFlagsApiRef } from '@backstage/core-plugin-api';
import { TestApiProvider } from '@backstage/test-utils';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PorterTargetPickerFieldExtension } from '.';
import { PorterTargetPicker, validatePorterTarget } from './PorterTargetPicker';

describe('PorterTargetPickerFieldExtension (legacy frontend system)', () => {
  it('is found by the scaffolder page among its field extensions as PorterTargetPicker', () => {
    const outlet = (
      <ScaffolderFieldExtensions>
        <PorterTargetPickerFieldExtension />
      </ScaffolderFieldExtensions>
    );
    // The hook drops extensions behind feature flags; none are set here.
    const featureFlags = {
      isActive: () => false,
      registerFlag: () => {},
      getRegisteredFlags: () => [],
      save: () => {},
    };
    const { result } = renderHook(() => useCustomFieldExtensions(outlet), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <TestApiProvider apis={[[featureFlagsApiRef, featureFlags]]}>
          {children}
        </TestApiProvider>
      ),
    });
    expect(result.current).toEqual([
      expect.objectContaining({
        name: 'PorterTargetPicker',
        component: PorterTargetPicker,
        validation: validatePorterTarget,
        schema: {
          returnValue: expect.objectContaining({
            type: 'object',
            required: ['cluster', 'namespace', 'service', 'servicePort'],
          }),
          uiOptions: expect.objectContaining({
            properties: { entityField: expect.any(Object) },
          }),
        },
      }),
    ]);
  });
});
