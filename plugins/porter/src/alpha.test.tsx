import plugin, { porterApi, porterEntityContent } from './alpha';

describe('porter alpha plugin', () => {
  it('is the porter plugin with its API and entity tab', () => {
    expect(plugin.pluginId).toBe('porter');
    expect(plugin.title).toBe('Porter');
    expect(porterApi).toBeDefined();
    expect(porterEntityContent).toBeDefined();
    expect(plugin.getExtension('api:porter')).toBeDefined();
    expect(plugin.getExtension('entity-content:porter')).toBeDefined();
  });
});
