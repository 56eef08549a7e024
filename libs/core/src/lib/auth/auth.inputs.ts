import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ApiKey } from './api-key.entity';
import { User } from './user.entity';

@InputType()
export class SignInInput {
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(320) email: string;
  @Field() @IsString() @Length(1, 1024) password: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => User) user: User;
}

@ObjectType()
export class SignOutPayload {
  @Field() ok: boolean;
}

@InputType()
export class CreateApiKeyInput {
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => [String]) @IsString({ each: true }) @ArrayMaxSize(50) scopes: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a user id' }) userId?: string | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey) apiKey: ApiKey;
  @Field({ description: 'Shown once; store it in your integration now.' }) secret: string;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an API key id' }) id: string;
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKey) apiKey: ApiKey;
}
