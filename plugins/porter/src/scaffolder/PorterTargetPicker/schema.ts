import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/**
 * The value of `ui:field: PorterTargetPicker` and its `ui:options`, as JSON
 * Schema for the template editor. What each value may be (DNS labels, port
 * range) is checked by `validatePorterTarget` with porter-common's schemas.
 *
 * @public
 */
export const PorterTargetPickerFieldSchema = makeFieldSchema({
  output: z =>
    z.object({
      cluster: z
        .string()
        .describe(
          'Cluster the claim is made in: a standalone cluster, or the primary of a pair (which also realises the secondary)',
        ),
      namespace: z.string().describe('Namespace of the Service'),
      service: z.string().describe('The Service to expose'),
      servicePort: z.number().describe("The Service's TCP port"),
      entityRef: z
        .string()
        .optional()
        .describe(
          'The entity picked in this field; only set when ui:options.entityField is not',
        ),
    }),
  uiOptions: z =>
    z.object({
      entityField: z
        .string()
        .optional()
        .describe(
          'Name of the form field that holds the entity ref (e.g. an EntityPicker). Without it, this field asks for the entity itself.',
        ),
    }),
});

export type PorterTargetPickerProps =
  typeof PorterTargetPickerFieldSchema.TProps;
/**
 * What the field holds once every choice is made.
 *
 * @public
 */
export type PorterTarget = typeof PorterTargetPickerFieldSchema.TOutput;
