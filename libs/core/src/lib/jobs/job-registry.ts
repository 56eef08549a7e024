/**
 * Every background job, declared once: its queue, options and payload type. The gateway and
 * services enqueue by name; exactly one @OnJob handler per name runs it in apps/worker.
 * Payloads carry IDs and dates only, never personal data (Redis keeps job data in clear text).
 */
export const QUEUES = ['reminders', 'imports'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  /** Plans key-date reminders due soon; without contactId for everyone (hourly sweep). */
  'contact.reminders.plan': { contactId?: string };
  /** A reminder due now: the handler reloads the contact and checks the occasion still falls on `on`. */
  'contact.reminder.fire': { contactId: string; occasion: 'birthday' | 'keyDate'; on: string };
  'contact.import.run': { importId: string };
  'contact.export.run': { exportId: string };
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
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];
