/** Any node read by id: its properties and labels (the labels pick its GraphQL type). */
export interface NodeModel {
  id: string;
  labels: string[];
  [property: string]: unknown;
}
