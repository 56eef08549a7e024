import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected on objects of `typeName` anywhere under the current field — e.g.
 * which Contact fields a `contacts` query reads, for the personal-data read audit.
 */
export function requestedFields(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const found = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, parentType: string | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (parentType === typeName) found.add(sel.name.value);
        const fieldType = parentType ? childType(info, parentType, sel) : undefined;
        visit(sel.selectionSet, fieldType);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visit(sel.selectionSet, sel.typeCondition?.name.value ?? parentType);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[sel.name.value];
        if (fragment) visit(fragment.selectionSet, fragment.typeCondition.name.value);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, namedType(info.returnType.toString()));
  return found;
}

const namedType = (t: string) => t.replace(/[[\]!]/g, '');

function childType(info: GraphQLResolveInfo, parentType: string, field: FieldNode): string | undefined {
  const type = info.schema.getType(parentType);
  if (!type || !('getFields' in type)) return undefined;
  const def = (type.getFields() as Record<string, { type: { toString(): string } }>)[field.name.value];
  return def ? namedType(def.type.toString()) : undefined;
}
