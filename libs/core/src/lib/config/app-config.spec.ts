import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives safe defaults for a laptop', () => {
    const config = loadConfig({});
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/crm');
    expect(config.http.corsOrigins).toEqual([]);
    expect(config.locale.timezone).toBe('Europe/Moscow');
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', NODE_ENV: 'staging', REMINDER_HOUR: '25' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', NODE_ENV: 'staging', REMINDER_HOUR: '25' });
    } catch (e) {
      expect((e as Error).message).toMatch(/NODE_ENV/);
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/REMINDER_HOUR/);
    }
  });

  it('reads typed values', () => {
    const config = loadConfig({ PORT: '8080', COOKIE_SECURE: 'true', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(config.http).toMatchObject({ port: 8080, cookieSecure: true, corsOrigins: ['https://a.example', 'https://b.example'] });
  });
});
