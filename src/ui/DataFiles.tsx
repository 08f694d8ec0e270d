/** Each file of data/ as it is: links to the very files the map was drawn from, served beside the page. */
import { DATA_FILES } from '../data/files.ts';

export function DataFiles() {
  return (
    <ul className="data-files">
      {DATA_FILES.map((f) => (
        <li key={f.file}>
          <a href={f.url} download={f.file.replace(/^data\//, '').replace(/\//g, '-')}>
            {f.file}
          </a>
        </li>
      ))}
    </ul>
  );
}
