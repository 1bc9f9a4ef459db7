// What a query can return, counted before it runs, as GitHub's API counts it: every connection
// contributes its page size (`first`/`last` from literals or variables, the default when
// absent, clamped to the maximum) times the page sizes of the connections it is nested in, and
// `nodes(ids:)` its number of ids. Variables are known here, so `first: $n` costs what $n asks.
import {
  getArgumentValues, getNamedType, getVariableValues, GraphQLError, isCompositeType, isInterfaceType, isObjectType, Kind,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { defaultPageSize, maxPageSize } from './builder.ts';
import { limits } from './limits.ts';

const { maxNodeIds, maxNodes } = limits;

/** Refusals are request errors: 400 under application/graphql-response+json, 200 under plain JSON (per GraphQL over HTTP). */
const badRequest = { http: { status: 400, spec: true } };

function refuse(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...badRequest } });
}

function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/** A field that sizes what is below it: a connection, a bounded list, or `nodes(ids:)`. */
interface SizedField {
  field: GraphQLField<unknown, unknown>;
  selection: FieldNode;
  /** The sized fields below it, with the fields between them left out. */
  children: SizedField[];
}

/** What is left to count of an operation once its variables are known. */
interface CostPlan {
  operation: OperationDefinitionNode;
  sized: SizedField[];
}

function sizes(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => arg.name === 'first' || arg.name === 'limit') || (field.name === 'nodes' && field.args.some((arg) => arg.name === 'ids'));
}

/**
 * The sized fields of an operation, nested as in the document. Only they count, so the walk
 * through the schema is done once per document and each request evaluates their arguments.
 */
function costPlan(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CostPlan | null {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const collect = (selections: SelectionSetNode, parent: GraphQLCompositeType): SizedField[] => {
    const sized: SizedField[] = [];
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue; // __typename, or a field validation already refused
        const type = getNamedType(field.type);
        const children = selection.selectionSet && isCompositeType(type) ? collect(selection.selectionSet, type) : [];
        if (sizes(field)) sized.push({ field, selection, children });
        else sized.push(...children);
      } else {
        const typeName = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition?.name.value : fragments.get(selection.name.value)?.typeCondition.name.value;
        const selectionSet = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
        const type = typeName ? schema.getType(typeName) : parent;
        if (selectionSet && type && isCompositeType(type)) sized.push(...collect(selectionSet, type));
      }
    }
    return sized;
  };
  const root = schema.getRootType(operation.operation);
  return root ? { operation, sized: collect(operation.selectionSet, root) } : null;
}

/** Plans by schema, document (Yoga's parser cache hands one document to every request of one text) and operation name. */
const plans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, CostPlan | null>>>();

function cachedPlan(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CostPlan | null {
  let byDocument = plans.get(schema);
  if (!byDocument) plans.set(schema, (byDocument = new WeakMap()));
  let byName = byDocument.get(document);
  if (!byName) byDocument.set(document, (byName = new Map()));
  const key = operationName ?? '';
  if (!byName.has(key)) {
    const operation = operationOf(document, operationName);
    byName.set(key, operation ? costPlan(schema, document, operation) : null);
  }
  return byName.get(key) as CostPlan | null;
}

/**
 * The number of nodes the operation can return, or a refusal when it may not run. Returns null
 * when the operation or its variables are invalid: execution reports that itself.
 */
export function queryCost(
  schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | null | undefined,
): { nodes: number } | { error: GraphQLError } | null {
  const plan = cachedPlan(schema, document, operationName);
  if (!plan) return null;
  if (plan.sized.length === 0) return { nodes: 0 };
  const coerced = getVariableValues(schema, plan.operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  let tooManyIds: number | null = null;

  const count = (sized: SizedField[], multiplier: number): number => {
    let nodes = 0;
    for (const { field, selection, children } of sized) {
      const args = getArgumentValues(field, selection, variables);
      let size: number | null = null;
      if (field.args.some((arg) => arg.name === 'first')) {
        const asked = (args.first ?? args.last ?? defaultPageSize) as number;
        size = Math.min(Math.max(asked, 0), maxPageSize);
      } else if (typeof args.limit === 'number') {
        // Bounded lists that are not connections (`network(limit:)`) cost their bound.
        size = Math.min(Math.max(args.limit, 0), maxPageSize);
      } else if (field.name === 'nodes' && Array.isArray(args.ids)) {
        size = args.ids.length;
        if (size > maxNodeIds) tooManyIds = size;
      }
      const inner = size === null ? multiplier : multiplier * size;
      if (size !== null) nodes += inner;
      nodes += count(children, inner);
    }
    return nodes;
  };

  const nodes = count(plan.sized, 1);
  if (tooManyIds !== null) {
    return { error: refuse(`nodes(ids:) accepts at most ${maxNodeIds} ids; this request has ${tooManyIds}.`, 'TOO_MANY_IDS') };
  }
  if (nodes > maxNodes) {
    return {
      error: refuse(
        `Query cost limit of ${maxNodes} nodes exceeded: this query can return ${nodes} nodes (page sizes multiplied down the tree). Ask for smaller pages.`,
        'COST_LIMIT_EXCEEDED',
      ),
    };
  }
  return { nodes };
}

/** Refuses operations over the node limit before they run, with their variables applied. */
export function costLimit(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = queryCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
      if (cost && 'error' in cost) setResultAndStopExecution({ errors: [cost.error] });
    },
  };
}
