import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, validateSync } from 'class-validator';
import { join, resolve } from 'node:path';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

/** Raw environment, validated once per process. Every variable has a safe default for a laptop. */
class Env {
  @IsIn(['development', 'production', 'test']) NODE_ENV = 'development';
  @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT = 3000;
  @IsString() DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/crm';
  @Transform(toInt) @IsInt() @Min(1) @Max(200) DATABASE_POOL_MAX = 10;
  @IsString() REDIS_URL = 'redis://127.0.0.1:6379';
  /** BullMQ key prefix; tests give every file its own. */
  @IsString() QUEUE_PREFIX = 'crm';
  @Transform(toInt) @IsInt() @Min(1) SESSION_TTL_HOURS = 72;
  @Transform(toBool) @IsBoolean() COOKIE_SECURE = false;
  /** Comma-separated origins allowed to call the API from a browser (the SPA is same-origin). */
  @IsOptional() @IsString() CORS_ORIGINS = '';
  @IsString() DATA_DIR = '.data';
  @Transform(toInt) @IsInt() @Min(1) ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
  @Transform(toInt) @IsInt() @Min(1) IMPORT_MAX_BYTES = 512 * 1024 * 1024;
  @IsString() TIMEZONE = 'Europe/Moscow';
  @IsString() DEFAULT_PHONE_REGION = 'RU';
  /** ISO 4217 currency of financial metrics (turnover, balances) and their sums. */
  @IsString() REPORTING_CURRENCY = 'RUB';
  @Transform(toInt) @IsInt() @Min(0) @Max(23) REMINDER_HOUR = 9;
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';
  @IsOptional() @IsString() WEB_DIST = '';
  @Transform(toInt) @IsInt() @Min(2) GRAPHQL_MAX_DEPTH = 10;
  @Transform(toInt) @IsInt() @Min(10) GRAPHQL_MAX_COMPLEXITY = 5000;
  @Transform(toInt) @IsInt() @Min(1) GRAPHQL_MAX_ALIASES = 30;
  @Transform(toInt) @IsInt() @Min(1) LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;
  @Transform(toInt) @IsInt() @Min(1) LOGIN_MAX_FAILURES_PER_IP = 30;
  @Transform(toInt) @IsInt() @Min(1) LOGIN_WINDOW_SECONDS = 900;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: { port: number; corsOrigins: string[]; cookieSecure: boolean; webDist: string };
  /** Marked secret: never logged (URLs may carry passwords). */
  database: { url: string; poolMax: number };
  redis: { url: string; queuePrefix: string };
  auth: { sessionTtlHours: number; loginMaxFailuresPerAccount: number; loginMaxFailuresPerIp: number; loginWindowSeconds: number };
  files: { dataDir: string; attachmentMaxBytes: number; importMaxBytes: number };
  locale: { timezone: string; defaultPhoneRegion: string; reminderHour: number; reportingCurrency: string };
  graphql: { maxDepth: number; maxComplexity: number; maxAliases: number };
  logLevel: string;
}

export class ConfigError extends Error {}

/** Validates the environment and returns typed config; the error lists every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new Env());
  const raw = Object.fromEntries(known.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
  const parsed = plainToInstance(Env, { ...new Env(), ...raw });
  const errors = validateSync(parsed);
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const dataDir = resolve(parsed.DATA_DIR);
  return {
    env: parsed.NODE_ENV as AppConfig['env'],
    http: {
      port: parsed.PORT,
      corsOrigins: parsed.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
      cookieSecure: parsed.COOKIE_SECURE,
      webDist: parsed.WEB_DIST ? resolve(parsed.WEB_DIST) : join(process.cwd(), 'dist/apps/web'),
    },
    database: { url: parsed.DATABASE_URL, poolMax: parsed.DATABASE_POOL_MAX },
    redis: { url: parsed.REDIS_URL, queuePrefix: parsed.QUEUE_PREFIX },
    auth: {
      sessionTtlHours: parsed.SESSION_TTL_HOURS,
      loginMaxFailuresPerAccount: parsed.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginMaxFailuresPerIp: parsed.LOGIN_MAX_FAILURES_PER_IP,
      loginWindowSeconds: parsed.LOGIN_WINDOW_SECONDS,
    },
    files: { dataDir, attachmentMaxBytes: parsed.ATTACHMENT_MAX_BYTES, importMaxBytes: parsed.IMPORT_MAX_BYTES },
    locale: { timezone: parsed.TIMEZONE, defaultPhoneRegion: parsed.DEFAULT_PHONE_REGION, reminderHour: parsed.REMINDER_HOUR, reportingCurrency: parsed.REPORTING_CURRENCY },
    graphql: { maxDepth: parsed.GRAPHQL_MAX_DEPTH, maxComplexity: parsed.GRAPHQL_MAX_COMPLEXITY, maxAliases: parsed.GRAPHQL_MAX_ALIASES },
    logLevel: parsed.LOG_LEVEL,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
