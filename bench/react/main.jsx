// The React 19 peer: the app's product-card markup as a memoised keyed row component.
import { memo, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { buildData } from '../rows/data.js';

const Card = memo(function Card({ row }) {
  const h = row.hue;
  const dark = `hsl(${h} 50% 28%)`;
  return (
    <li>
      <article className="card product-card">
        <a className="product-card__link" href={`/product/${row.id}`}>
          <svg className="product-image" viewBox="0 0 200 200" aria-hidden="true">
            <rect width="200" height="200" fill={`hsl(${h} 45% 93%)`}></rect>
            <ellipse cx="100" cy="172" rx="62" ry="9" fill={dark} opacity="0.12"></ellipse>
            <g transform="">
              <circle cx="100" cy="100" r="52" fill="none" stroke={dark} strokeWidth="18" strokeDasharray="14 10"></circle>
              <circle cx="100" cy="100" r="38" fill={`hsl(${h} 55% 45%)`}></circle>
              <circle cx="100" cy="100" r="14" fill={`hsl(${h} 60% 75%)`}></circle>
            </g>
          </svg>
          <h3 className="product-card__name" lang="en" dir="auto">{row.name}</h3>
        </a>
        <p className="product-card__price">
          <bdi className="price price--large" data-currency="USD" data-minor={row.minor}>{row.price}</bdi>
          {' '}
          <span className="product-card__per">{row.per}</span>
        </p>
        <p className="product-card__moq">{row.moq}</p>
        <p className="product-card__lead">{row.lead}</p>
        <p className="product-card__supplier">
          <bdi className="product-card__supplier-name">{row.supplier}</bdi>
          {' · '}
          <span>{row.country}</span>
          {row.verified && <span className="badge badge--verified">Verified</span>}
        </p>
        <ul className="chips" aria-label="Certifications">
          {row.certs.map((c) => <li className="chip" key={c}>{c}</li>)}
        </ul>
      </article>
    </li>
  );
});

function App() {
  const [rows, setRows] = useState([]);
  const run = useCallback(() => setRows(buildData(1000)), []);
  const runLots = useCallback(() => setRows(buildData(10000)), []);
  const update = useCallback(() => setRows((rs) => {
    const next = rs.slice();
    for (let i = 0; i < next.length; i += 10) next[i] = { ...next[i], name: next[i].name + ' !!!' };
    return next;
  }), []);
  const swap = useCallback(() => setRows((rs) => {
    if (rs.length <= 998) return rs;
    const next = rs.slice();
    const t = next[1];
    next[1] = next[998];
    next[998] = t;
    return next;
  }), []);
  const clear = useCallback(() => setRows([]), []);
  return (
    <main className="bench">
      <div className="bench__controls">
        <button id="run" type="button" onClick={run}>Create 1,000 rows</button>
        <button id="runlots" type="button" onClick={runLots}>Create 10,000 rows</button>
        <button id="update" type="button" onClick={update}>Update every 10th row</button>
        <button id="swaprows" type="button" onClick={swap}>Swap rows</button>
        <button id="clear" type="button" onClick={clear}>Clear</button>
      </div>
      <ul className="card-grid" role="list" id="rows">
        {rows.map((row) => <Card key={row.id} row={row} />)}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
