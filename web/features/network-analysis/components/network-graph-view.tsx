import { useMemo, useState, type KeyboardEvent } from 'react';
import type { NetworkGraph } from '../../../../common/api/network-analysis';
import { SelectField } from '../../../components/ui/select-field';
import { forceLayout } from './force-layout';
import { formatScore, organizationTypeLabel } from './labels';
import { typeStyle, type TypeStyle } from './type-palette';
import './network-analysis.css';

type Node = NetworkGraph['nodes'][number];

const width = 960;
const height = 620;
const padding = 40;
const labelledWhenIdle = 6;
/** A highlighted node's partners are named in the picture up to this many (they are always listed beside it). */
const labelledNeighbours = 8;

const connections = (n: number) => (n === 1 ? '1 Verbindung' : `${n} Verbindungen`);
const nodeLabel = (node: Node) => `${node.name}, ${organizationTypeLabel(node.type)}, ${connections(node.degree)}`;
const radius = (node: Node) => 7 + Math.min(9, Math.sqrt(node.weightedDegree) * 1.2);

function Mark({ style, x, y, r, className }: { style: TypeStyle; x: number; y: number; r: number; className?: string }) {
  return style.shape === 'circle' ? (
    <circle cx={x} cy={y} r={r} fill={style.colour} className={className} />
  ) : (
    <rect x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} rx={2} fill={style.colour} className={className} />
  );
}

/** The legend: each type present, its colour and shape, and its name. */
export function TypeLegend({ types }: { types: readonly string[] }) {
  return (
    <ul className="app-network-legend" aria-label="Legende: Organisationsarten">
      {types.map((type) => (
        <li key={type}>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
            <Mark style={typeStyle(type)} x={9} y={9} r={7} className="app-network-node__mark" />
          </svg>
          <span>{organizationTypeLabel(type)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The network as an interactive picture: organisations as nodes (colour and shape by type), ties as lines (thicker
 * for more weight). Hovering, focusing or choosing a node highlights its ties and names it with its type and degree.
 * Every node can be reached with the keyboard, and the list above the picture picks one without tabbing through all.
 */
export function NetworkGraphView({ graph }: { graph: NetworkGraph }) {
  const layout = useMemo(() => forceLayout(graph.nodes, graph.ties, { width, height, padding }), [graph]);
  const [hovered, setHovered] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string>('');
  const active = hovered ?? (chosen || null);
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const maxWeight = Math.max(1, ...graph.ties.map((t) => t.weight));
  const neighbours = useMemo(() => {
    if (!active) return new Set<string>();
    const set = new Set<string>();
    for (const t of graph.ties) {
      if (t.source === active) set.add(t.target);
      if (t.target === active) set.add(t.source);
    }
    return set;
  }, [active, graph]);
  const idleLabels = useMemo(
    () => new Set([...graph.nodes].sort((a, b) => b.weightedDegree - a.weightedDegree || a.name.localeCompare(b.name, 'de')).slice(0, labelledWhenIdle).map((n) => n.id)),
    [graph],
  );
  const types = [...new Set(graph.nodes.map((n) => n.type))].sort((a, b) => organizationTypeLabel(a).localeCompare(organizationTypeLabel(b), 'de'));
  const activeNode = active ? byId.get(active) : undefined;
  const sortedNodes = [...graph.nodes].sort((a, b) => a.name.localeCompare(b.name, 'de'));

  const onKey = (id: string) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setChosen((current) => (current === id ? '' : id));
    } else if (event.key === 'Escape') {
      setChosen('');
    }
  };

  // Ties of the highlighted node are drawn last, on top of the others.
  const ties = [...graph.ties].sort((a, b) => {
    const touches = (t: typeof a) => (active && (t.source === active || t.target === active) ? 1 : 0);
    return touches(a) - touches(b) || a.weight - b.weight;
  });

  return (
    <div className="app-stack app-network">
      <div className="app-network__tools">
        <SelectField
          id="network-pick"
          label="Organisation hervorheben"
          hint="Oder eine Organisation in der Karte mit der Maus oder der Tabulatortaste ansteuern."
          options={[{ value: '', label: '– keine –' }, ...sortedNodes.map((n) => ({ value: n.id, label: n.name }))]}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        />
        <div className="app-network__info" aria-live="polite">
          {activeNode ? (
            <>
              <p className="kern-body">
                <strong>{activeNode.name}</strong>
                <br />
                {organizationTypeLabel(activeNode.type)} · Grad {activeNode.degree} ({connections(activeNode.degree)}, Gewicht {formatScore(activeNode.weightedDegree)})
              </p>
              {neighbours.size > 0 ? (
                <p className="kern-body kern-body--small">
                  Verbunden mit:{' '}
                  {[...neighbours]
                    .map((id) => byId.get(id)?.name ?? '')
                    .sort((a, b) => a.localeCompare(b, 'de'))
                    .join(', ')}
                </p>
              ) : (
                <p className="kern-body kern-body--small">Keine Verbindung im gewählten Zeitraum.</p>
              )}
            </>
          ) : (
            <p className="kern-body app-muted">Keine Organisation hervorgehoben.</p>
          )}
        </div>
      </div>
      <TypeLegend types={types} />
      <div className="app-network__canvas">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="app-network__svg"
          role="group"
          aria-label={`Netzwerkkarte: ${graph.nodes.length} Organisationen, ${graph.ties.length} Verbindungen. Dieselben Angaben stehen in der Tabellenansicht.`}
          onMouseLeave={() => setHovered(null)}
        >
          <g aria-hidden="true">
            {ties.map((t) => {
              const a = layout.get(t.source);
              const b = layout.get(t.target);
              if (!a || !b) return null;
              const touches = active !== null && (t.source === active || t.target === active);
              return (
                <line
                  key={`${t.source}-${t.target}`}
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  strokeWidth={1 + 5 * Math.sqrt(t.weight / maxWeight)}
                  className={`app-network-tie${touches ? ' app-network-tie--active' : active ? ' app-network-tie--dim' : ''}`}
                />
              );
            })}
          </g>
          {graph.nodes.map((node) => {
            const point = layout.get(node.id);
            if (!point) return null;
            const isActive = node.id === active;
            const near = neighbours.has(node.id);
            const dim = active !== null && !isActive && !near;
            const r = radius(node);
            const labelled = isActive || (near && neighbours.size <= labelledNeighbours) || (active === null && idleLabels.has(node.id));
            const anchor = point.x > width * 0.75 ? 'end' : 'start';
            return (
              <g
                key={node.id}
                tabIndex={0}
                role="button"
                aria-pressed={chosen === node.id}
                aria-label={nodeLabel(node)}
                className={`app-network-node${isActive ? ' app-network-node--active' : ''}${dim ? ' app-network-node--dim' : ''}${node.degree === 0 ? ' app-network-node--isolated' : ''}`}
                onMouseEnter={() => setHovered(node.id)}
                onFocus={() => setHovered(node.id)}
                onBlur={() => setHovered(null)}
                onClick={() => setChosen((current) => (current === node.id ? '' : node.id))}
                onKeyDown={onKey(node.id)}
              >
                <title>{nodeLabel(node)}</title>
                <circle cx={point.x} cy={point.y} r={r + 6} className="app-network-node__halo" />
                <Mark style={typeStyle(node.type)} x={point.x} y={point.y} r={r} className="app-network-node__mark" />
                {labelled ? (
                  <text x={point.x + (anchor === 'start' ? r + 4 : -(r + 4))} y={point.y + 4} textAnchor={anchor} className="app-network-node__label" aria-hidden="true">
                    {node.name}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <p className="kern-body kern-body--small app-muted">
        Kreise und Quadrate sind Organisationen, Farbe und Form zeigen die Art. Je dicker eine Linie, desto mehr gemeinsame Treffen, Projekte, Verträge und
        Vermittlungen. Organisationen ohne Verbindung haben einen gestrichelten Rand.
      </p>
    </div>
  );
}
