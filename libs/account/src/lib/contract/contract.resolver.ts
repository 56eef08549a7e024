import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission } from '@crm/core';
import { Contract } from './contract.entity';
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

  @RequirePermission('account.update')
  @Mutation(() => DeleteContractPayload)
  async deleteContract(@CurrentActor() actor: Actor, @Args('input') input: DeleteContractInput): Promise<DeleteContractPayload> {
    return { id: await this.contracts.delete(actor, input.id) };
  }
}
