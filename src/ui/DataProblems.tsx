/** The data a file held that broke the contract and was left out, each named by file, feature and reason. */
import { useState } from 'react';
import { formatProblem, type Problem } from '../../geo/check/problem.ts';

export function DataProblems({ problems }: { problems: Problem[] }) {
  const [hidden, setHidden] = useState(false);
  if (problems.length === 0 || hidden) return null;
  return (
    <div className="data-problems" role="alert">
      <p>
        Some of the map data could not be used and is left out; everything else works.{' '}
        <button type="button" className="link-button" onClick={() => setHidden(true)}>
          Hide
        </button>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
    </div>
  );
}
