import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { Actor, CurrentActor, FileUploadInterceptor, NotFoundError, RequirePermission, sendStoredFile, uploadedFileName, ValidationError } from '@crm/core';
import type { Response } from 'express';
import { ContractService } from './contract.service';

/** The contract's signed copy: multipart upload and streamed download stay on REST. */
@Controller('api/contracts')
export class ContractController {
  constructor(private readonly contracts: ContractService) {}

  @RequirePermission('account.update')
  @Post(':id/file')
  @UseInterceptors(FileUploadInterceptor)
  async upload(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @UploadedFile() file?: Express.Multer.File) {
    if (!file) throw ValidationError.field('file', 'attach a file in the multipart field "file"');
    const contract = await this.contracts.attachFile(actor, id, uploadedFileName(file), file.buffer);
    return { contract: { id: contract.id, fileName: contract.fileName, size: contract.fileSize, downloadUrl: `/api/contracts/${id}/file` } };
  }

  @RequirePermission('account.read')
  @Get(':id/file')
  async download(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const contract = await this.contracts.get(actor, id);
    if (!contract.fileKey) throw new NotFoundError('Contract file');
    sendStoredFile(res, { fileName: contract.fileName!, mimeType: contract.fileMimeType!, path: this.contracts.filePath(contract) });
  }
}
