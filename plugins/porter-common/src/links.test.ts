import { porterEntityTabPath, tcpExposureTemplatePath } from './links';

describe('porterEntityTabPath', () => {
  it("is the entity page's porter tab, kind and namespace lower-cased like the catalog's routes", () => {
    expect(
      porterEntityTabPath({
        kind: 'Component',
        namespace: 'Default',
        name: 'clamav',
      }),
    ).toBe('/catalog/default/component/clamav/porter');
  });
});

describe('tcpExposureTemplatePath', () => {
  it('prefills the entity through the scaffolder’s formData query parameter', () => {
    const path = tcpExposureTemplatePath('component:default/clamav');
    expect(path.split('?')[0]).toBe('/create/templates/default/tcp-exposure');
    const query = new URLSearchParams(path.split('?')[1]);
    expect(JSON.parse(query.get('formData')!)).toEqual({
      entityRef: 'component:default/clamav',
    });
  });
});
