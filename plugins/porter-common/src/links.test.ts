import { porterEntityTabPath } from './links';

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
