import { createExtensionTester } from '@backstage/frontend-test-utils';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import plugin, {
  porterAdminPage,
  porterApi,
  porterEntityContent,
  porterMonitorPickerFormField,
  porterTargetPickerFormField,
} from './alpha';

describe('porter alpha plugin', () => {
  it('is the porter plugin with its API, entity tab, admin page and form field', () => {
    expect(plugin.pluginId).toBe('porter');
    expect(plugin.title).toBe('Porter');
    expect(porterApi).toBeDefined();
    expect(porterEntityContent).toBeDefined();
    expect(porterAdminPage).toBeDefined();
    expect(porterTargetPickerFormField).toBeDefined();
    expect(plugin.getExtension('api:porter')).toBeDefined();
    expect(plugin.getExtension('entity-content:porter')).toBeDefined();
    expect(plugin.getExtension('page:porter/admin')).toBeDefined();
    expect(
      plugin.getExtension('scaffolder-form-field:porter/porter-target-picker'),
    ).toBeDefined();
    expect(
      plugin.getExtension('scaffolder-form-field:porter/porter-monitor-picker'),
    ).toBeDefined();
  });

  it('loads its form fields for the scaffolder', async () => {
    const loaders = [
      createExtensionTester(porterTargetPickerFormField).get(
        FormFieldBlueprint.dataRefs.formFieldLoader,
      ),
      createExtensionTester(porterMonitorPickerFormField).get(
        FormFieldBlueprint.dataRefs.formFieldLoader,
      ),
    ];
    for (const loader of loaders) {
      expect(await loader()).toMatchObject({
        $$type: '@backstage/scaffolder/FormField',
      });
    }
  });
});
