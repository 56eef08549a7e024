import { GraphQLError } from 'graphql';
import { NotFoundError, ValidationError } from '../errors/errors';
import { runWithContext } from '../logging/request-context';
import { formatGraphQLError } from './format-error';

describe('formatGraphQLError', () => {
  const format = (error: unknown) => runWithContext({ requestId: 'req-1' }, () => formatGraphQLError({ message: 'raw' }, error));

  it('maps domain errors to their code, reason and fields', () => {
    const wrapped = new GraphQLError('x', { originalError: new ValidationError([{ field: 'phones.0.number', message: 'is not a valid phone number' }]) });
    expect(format(wrapped).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', fields: [{ field: 'phones.0.number', message: 'is not a valid phone number' }], requestId: 'req-1' });
    expect(format(new GraphQLError('x', { originalError: new NotFoundError('Contact') })).extensions?.code).toBe('NOT_FOUND');
  });

  it('hides unexpected errors behind a generic message with the request id', () => {
    const leaky = new GraphQLError('x', { originalError: new Error('relation "contact.secret" does not exist at /srv/app.js:12'), path: ['contact'] });
    const result = format(leaky);
    expect(result.message).toBe('Unexpected error. Quote request id req-1 when reporting it.');
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' });
  });
});
