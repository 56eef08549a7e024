import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-registry';

export const ON_JOB = 'crm:on-job';

/** Marks a provider method as the handler of a job; apps/worker discovers it at boot. */
export const OnJob = (name: JobName) => SetMetadata(ON_JOB, name);
