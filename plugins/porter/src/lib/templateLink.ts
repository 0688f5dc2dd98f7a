/**
 * The scaffolder template "Expose a Service over TCP"
 * (`template:default/tcp-exposure`), prefilled with the entity.
 */
export const TCP_EXPOSURE_TEMPLATE_PATH =
  '/create/templates/default/tcp-exposure';

export function templateLink(entityRef: string): string {
  const formData = encodeURIComponent(JSON.stringify({ entityRef }));
  return `${TCP_EXPOSURE_TEMPLATE_PATH}?formData=${formData}`;
}
