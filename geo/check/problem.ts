/** One thing wrong with the data, said so a person can find it: the file, the feature, the field and the reason. */
export interface Problem {
  file: string;
  feature?: string;
  /** The field inside the feature, e.g. `properties.waypoints[3].territory`. */
  path?: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}${p.feature ? ` › ${p.feature}` : ''}${p.path ? ` › ${p.path}` : ''}: ${p.message}`;
