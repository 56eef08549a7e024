import { ValidationError as ClassValidatorError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, ValidationError } from '../errors/errors';

/** Flattens nested class-validator errors into "phones.0.number"-style paths. */
export function fieldProblems(errors: ClassValidatorError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field: path, message: message.replace(new RegExp(`^${e.property} `), '') }));
    return [...own, ...fieldProblems(e.children ?? [], path)];
  });
}

/** Global input validation: unknown properties are refused, every problem names its field. */
export function createValidationPipe() {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationError(fieldProblems(errors)),
  });
}
