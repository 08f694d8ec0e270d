/** One thing wrong with the data, said so a person can find it: the file, the feature and the reason. */
export interface Problem {
  file: string;
  feature?: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}${p.feature ? ` › ${p.feature}` : ''}: ${p.message}`;
