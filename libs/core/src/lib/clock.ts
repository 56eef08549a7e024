import { Injectable } from '@nestjs/common';

/** The current time, injectable so tests can set it instead of faking global timers. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
