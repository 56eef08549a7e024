import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission } from '@crm/core';
import { Contract, ContractFile } from './contract.entity';
import { ContractPayload, CreateContractInput, DeleteContractInput, DeleteContractPayload, UpdateContractInput } from './contract.inputs';
import { ContractService } from './contract.service';

@Resolver(() => Contract)
export class ContractResolver {
  constructor(private readonly contracts: ContractService) {}

  @RequirePermission('account.update')
  @Mutation(() => ContractPayload)
  async createContract(@CurrentActor() actor: Actor, @Args('input') input: CreateContractInput): Promise<ContractPayload> {
    return { contract: await this.contracts.create(actor, input) };
  }

  @RequirePermission('account.update')
  @Mutation(() => ContractPayload)
  async updateContract(@CurrentActor() actor: Actor, @Args('input') input: UpdateContractInput): Promise<ContractPayload> {
    return { contract: await this.contracts.update(actor, input) };
  }

  @ResolveField(() => ContractFile, { nullable: true, description: 'The signed copy; upload with POST /api/contracts/{id}/file (multipart field "file")' })
  file(@Parent() contract: Contract): ContractFile | null {
    if (!contract.fileKey) return null;
    return { fileName: contract.fileName!, mimeType: contract.fileMimeType!, size: contract.fileSize!, downloadUrl: `/api/contracts/${contract.id}/file` };
  }

  @RequirePermission('account.update')
  @Mutation(() => DeleteContractPayload)
  async deleteContract(@CurrentActor() actor: Actor, @Args('input') input: DeleteContractInput): Promise<DeleteContractPayload> {
    return { id: await this.contracts.delete(actor, input.id) };
  }
}
