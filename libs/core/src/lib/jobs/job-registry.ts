/**
 * Every background job, declared once: its queue, options and payload type. The gateway and
 * services enqueue by name; exactly one @OnJob handler per name runs it in apps/worker.
 * Payloads carry IDs and dates only, never personal data (Redis keeps job data in clear text).
 */
export const QUEUES = ['reminders', 'imports', 'maintenance'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  /** Plans key-date reminders due soon; without contactId for everyone (hourly sweep). */
  'contact.reminders.plan': { contactId?: string };
  /** A reminder due now: the handler reloads the contact and checks the occasion still falls on `on`. */
  'contact.reminder.fire': { contactId: string; occasion: 'birthday' | 'keyDate'; on: string };
  'contact.import.run': { importId: string };
  'contact.export.run': { exportId: string };
  /** Builds the expression index of a custom field (CREATE INDEX CONCURRENTLY). */
  'core.customField.index': { fieldId: string };
  /** Recomputes every completeness score of a record type after its portrait schema changed. */
  'core.completeness.refresh': { entityType: string };
  /** Recomputes a segment's member list and records who entered or left. */
  'core.segment.refresh': { segmentId: string };
  /** Refreshes every segment (periodic sweep: data changes move records in and out). */
  'core.segments.refreshAll': Record<string, never>;
  /** Scans one record type (or all) for likely duplicates and fills the review queue. */
  'core.duplicates.scan': { entityType?: string };
  /** Rebuilds the monthly sales of the given products (all when absent) from won deals (SAL-6). */
  'sales.productTrends.refresh': { productIds?: string[] };
  /** Recomputes deals' base-currency amounts after an exchange rate of the currency changed. */
  'sales.deals.reprice': { currency: string };
}
export type JobName = keyof JobPayloads;

export interface JobDefinition {
  queue: QueueName;
  attempts: number;
  /** Exponential backoff base in ms between attempts. */
  backoffMs: number;
  /** Cron pattern for a job the worker schedules itself. */
  repeat?: string;
}

export const JOBS: Readonly<Record<JobName, JobDefinition>> = {
  'contact.reminders.plan': { queue: 'reminders', attempts: 3, backoffMs: 5_000, repeat: '5 * * * *' },
  'contact.reminder.fire': { queue: 'reminders', attempts: 5, backoffMs: 2_000 },
  'contact.import.run': { queue: 'imports', attempts: 3, backoffMs: 5_000 },
  'contact.export.run': { queue: 'imports', attempts: 3, backoffMs: 5_000 },
  'core.customField.index': { queue: 'maintenance', attempts: 3, backoffMs: 10_000 },
  'core.completeness.refresh': { queue: 'maintenance', attempts: 3, backoffMs: 10_000 },
  'core.segment.refresh': { queue: 'maintenance', attempts: 3, backoffMs: 5_000 },
  'core.segments.refreshAll': { queue: 'maintenance', attempts: 1, backoffMs: 5_000, repeat: '*/15 * * * *' },
  'core.duplicates.scan': { queue: 'maintenance', attempts: 2, backoffMs: 60_000, repeat: '30 2 * * *' },
  'sales.productTrends.refresh': { queue: 'maintenance', attempts: 3, backoffMs: 10_000, repeat: '15 3 * * *' },
  'sales.deals.reprice': { queue: 'maintenance', attempts: 3, backoffMs: 10_000 },
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];
