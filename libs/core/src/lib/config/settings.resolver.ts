import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { SignedIn } from '../access/access.decorators';
import { APP_CONFIG, AppConfig } from './app-config';

@ObjectType()
export class AppSettings {
  @Field({ description: 'ISO 4217 currency of financial metrics and their sums' }) reportingCurrency: string;
  @Field({ description: 'IANA time zone dates and reminders use, e.g. Europe/Moscow' }) timezone: string;
  @Field({ description: 'Country assumed for phone numbers typed without a country code' }) defaultPhoneRegion: string;
}

/** The company-wide settings clients need to show values the way the server reads them. */
@Resolver()
export class SettingsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @SignedIn()
  @Query(() => AppSettings)
  appSettings(): AppSettings {
    const { reportingCurrency, timezone, defaultPhoneRegion } = this.config.locale;
    return { reportingCurrency, timezone, defaultPhoneRegion };
  }
}
