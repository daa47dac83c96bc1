import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'
import type { Config } from 'payload'

/**
 * How deep a GraphQL query may nest. Each relationship can be followed back and forth (file → structure → files →
 * structure…), so without a bound one request asks for an exponential amount of work. The product's own queries
 * (a list of stories with their image, a programme with its modules) stay under 6.
 */
export const MAX_QUERY_DEPTH = 8
/**
 * Payload's complexity score (1 per field, 10 per relationship or upload): a request over this is refused before
 * it runs. 500 is about 30 relationships followed in one request, far beyond a page's need.
 */
export const MAX_QUERY_COMPLEXITY = 500

/** The depth of a selection set, fragments followed (each at most once per path); introspection is not counted. */
function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (!fragment || seen.has(name)) continue
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])))
    }
  }
  return deepest
}

/** A validation rule refusing any operation nested deeper than `max`, with a message in French and English. */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    )
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set())
        if (depth > max) {
          context.reportError(
            new GraphQLError(
              `Requête trop profonde : ${depth} niveaux, ${max} au plus / query too deep: ${depth} levels, at most ${max}`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }
}

/** Payload's GraphQL options: the limits above, no introspection and no playground in production. */
export const graphQLOptions: NonNullable<Config['graphQL']> = {
  maxComplexity: MAX_QUERY_COMPLEXITY,
  disableIntrospectionInProduction: true,
  disablePlaygroundInProduction: true,
  validationRules: () => [depthLimit(MAX_QUERY_DEPTH)],
}
