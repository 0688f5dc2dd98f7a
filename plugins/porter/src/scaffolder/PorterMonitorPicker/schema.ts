import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/** The value of `ui:field: PorterMonitorPicker`: the claim's TCP health monitor. */
export const PorterMonitorPickerFieldSchema = makeFieldSchema({
  output: z =>
    z.object({
      interval: z.number().describe('Seconds between health checks'),
      timeout: z
        .number()
        .describe('Seconds without an answer before a pod is marked down'),
    }),
});

export type PorterMonitorPickerProps =
  typeof PorterMonitorPickerFieldSchema.TProps;
export type PorterMonitorValue = typeof PorterMonitorPickerFieldSchema.TOutput;
