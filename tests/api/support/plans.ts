/** An EXPLAIN plan as neo4j-driver returns it. */
export interface PlanNode {
  operatorType: string;
  arguments?: { Details?: string };
  children?: PlanNode[];
}

/** Every operator of a plan, with its details, depth first. */
export function operatorsOf(plan: PlanNode): string[] {
  const name = plan.operatorType.replace(/@neo4j$/, '');
  const details = plan.arguments?.Details ? ` ${plan.arguments.Details}` : '';
  return [`${name}${details}`, ...(plan.children ?? []).flatMap(operatorsOf)];
}
