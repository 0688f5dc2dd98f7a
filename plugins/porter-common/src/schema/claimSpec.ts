import { z } from 'zod';
import { dns1035Label } from './names';

/*
 * Health monitor bounds.
 *
 * The TransportServer CRD types `monitor.interval` and `monitor.timeout` as
 * plain integers; the limits come from BIG-IP, which runs the monitor:
 * - BIG-IP 13.0 and later reject a monitor whose interval is not below its
 *   timeout (F5Networks/k8s-bigip-ctlr#502, f5devcentral/f5-cccl#208, and
 *   the f5_modules `bigip_monitor_tcp` docs: "This value must be less than
 *   the timeout value"). F5 recommends timeout = 3 × interval + 1.
 * - The platform's own documented claim uses interval 10 and timeout 10, and
 *   that file must keep working, so Porter accepts timeout >= interval and
 *   writes the values unchanged into the TransportServer.
 * - Upper bounds are Porter's own sanity limits: an interval over an hour or
 *   a timeout over a day is a typo, not a monitor.
 */
/**
 * Longest health monitor interval Porter accepts, in seconds (an hour).
 *
 * @public
 */
export const MONITOR_INTERVAL_MAX = 3600;
/**
 * Longest health monitor timeout Porter accepts, in seconds (a day).
 *
 * @public
 */
export const MONITOR_TIMEOUT_MAX = 86400;

/**
 * Used when a claim omits `monitor`: F5's defaults for a TCP monitor (5 s, 3 × 5 + 1 s).
 *
 * @public
 */
export const DEFAULT_MONITOR = {
  type: 'tcp' as const,
  interval: 5,
  timeout: 16,
};

const positiveInt = (what: string, max: number) =>
  z
    .number({
      error: issue =>
        issue.input === undefined
          ? `${what} is required`
          : `${what} must be a number`,
    })
    .int(`${what} must be a whole number`)
    .min(1, `${what} must be at least 1`)
    .max(max, `${what} must be at most ${max}`);

/** `what is required` when absent, `what must be an object (fields)` otherwise. */
const objectError =
  (what: string, fields: string) => (issue: { input: unknown }) =>
    issue.input === undefined
      ? `${what} is required`
      : `${what} must be an object (${fields})`;

/**
 * Schema of a claim's health monitor: TCP, with a timeout at least its interval.
 *
 * @public
 */
export const monitorSchema = z
  .object(
    {
      type: z.literal('tcp', { error: "monitor.type must be 'tcp'" }),
      interval: positiveInt('monitor.interval (seconds)', MONITOR_INTERVAL_MAX),
      timeout: positiveInt('monitor.timeout (seconds)', MONITOR_TIMEOUT_MAX),
    },
    { error: objectError('monitor', 'type, interval, timeout') },
  )
  .strict()
  .refine(m => m.timeout >= m.interval, {
    message:
      'monitor.timeout must be at least monitor.interval (F5 recommends timeout = 3 × interval + 1)',
    path: ['timeout'],
  });

/**
 * Schema of a claim's `servicePort`: a whole number from 1 to 65535.
 *
 * @public
 */
export const servicePortSchema = z
  .number({
    error: issue =>
      issue.input === undefined
        ? 'servicePort is required'
        : 'servicePort must be a number',
  })
  .int('servicePort must be a whole number')
  .min(1, 'servicePort must be between 1 and 65535')
  .max(65535, 'servicePort must be between 1 and 65535');

/**
 * `spec` of a TransportServerClaim, exactly as the Porter operator reads it.
 *
 * @public
 */
export const claimSpecSchema = z
  .object(
    {
      service: dns1035Label('service'),
      servicePort: servicePortSchema,
      monitor: monitorSchema.default(DEFAULT_MONITOR),
      overrideServicePort: z
        .boolean({ error: 'overrideServicePort must be true or false' })
        .default(false),
    },
    {
      error: objectError(
        'spec',
        'service, servicePort, monitor, overrideServicePort',
      ),
    },
  )
  .strict();

/**
 * The `spec` of a TransportServerClaim, defaults filled in.
 *
 * @public
 */
export type ClaimSpec = z.output<typeof claimSpecSchema>;
/**
 * The `spec` of a TransportServerClaim as written, before defaults are filled in.
 *
 * @public
 */
export type ClaimSpecInput = z.input<typeof claimSpecSchema>;
export type Monitor = ClaimSpec['monitor'];
