import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ValidationError } from '../errors/errors';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { tooLarge } from './file.rules';

/**
 * Reads the multipart field "file" into memory and stops at ATTACHMENT_MAX_BYTES, so a larger
 * upload is never held whole; any upload problem is answered like other refused files.
 */
@Injectable()
export class FileUploadInterceptor implements NestInterceptor {
  private readonly readFile: (req: Request, res: Response, done: (err?: unknown) => void) => void;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.readFile = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.files.attachmentMaxBytes, files: 1 } }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler) {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) => this.readFile(http.getRequest(), http.getResponse(), (err) => (err ? reject(this.refusal(err)) : resolve())));
    return next.handle();
  }

  private refusal(err: unknown): ValidationError {
    if (!(err instanceof MulterError)) return ValidationError.field('file', (err as Error).message, 'FILE_REFUSED');
    if (err.code === 'LIMIT_FILE_SIZE') return ValidationError.field('file', tooLarge(this.config.files.attachmentMaxBytes), 'FILE_REFUSED');
    return ValidationError.field('file', 'send one file in the multipart field "file"', 'FILE_REFUSED');
  }
}
