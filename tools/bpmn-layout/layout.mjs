// Lays out BPMN files left to right, in one lane per actor, and rewrites their diagram (BPMN DI).
//
//   node layout.mjs [--check] file.bpmn...
//
// Lanes: a process whose user tasks have two or more candidate groups gets a lane per group, plus "Information
// system" for service tasks and call activities and "External body" for what waits on another body. An element
// already in a lane stays there, so a modeler who moves an element to another lane in Modeler keeps that choice on
// the next run. Columns follow the longest path from the start; rows keep the main path straight and put what hangs
// off a task (term timers, refusals) below it. Edges are orthogonal; of a few candidate routes the one that crosses
// fewest shapes and runs along fewest other edges wins. Labels go last, where they cross fewest shapes, edges and
// other labels. The output is stable: a second run changes nothing. --check changes nothing and reports overlapping
// shapes and labels and elements outside their lane; it exits non-zero when it finds any.
import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import fs from 'node:fs';

const moddle = new BpmnModdle({ camunda });

const SIZE = {
  task: { width: 170, height: 100 }, gateway: { width: 50, height: 50 }, event: { width: 36, height: 36 }
};
const COLUMN = 260;
const ROW = 180;
const LANE_HEADER = 30;
const MARGIN = 40;
// Approximate width of one character of bpmn-js's 11px label font, to size external labels.
const CHAR = 6.6;
const LINE = 14;

// The actors the regulations name, by candidate group (the part after "<tenant>."); names as the lane shows them.
const ACTORS = {
  'office-clerk': [ 'Кеңсе қызметкері', 'Сотрудник канцелярии', 'Office clerk' ],
  'licensing-specialist': [ 'Лицензиялау бөлімінің маманы', 'Специалист отдела лицензирования', 'Licensing specialist' ],
  'treatment-dept-specialist': [ 'Емдеу-алдын алу бөлімінің маманы', 'Специалист лечебно-профилактического отдела',
    'Treatment department specialist' ],
  'department-head': [ 'Бөлім басшысы', 'Руководитель отдела', 'Department head' ],
  'executor': [ 'Жауапты орындаушы', 'Ответственный исполнитель', 'Responsible executor' ],
  'head': [ 'Басшы', 'Руководитель', 'Head' ],
  'commission-secretary': [ 'Комиссия хатшысы', 'Секретарь комиссии', 'Commission secretary' ],
  'commission': [ 'Комиссия', 'Комиссия', 'Commission' ],
  'expert-council-secretary': [ 'Сараптама кеңесінің хатшысы', 'Секретарь экспертного совета', 'Expert council secretary' ],
  'phc-registrar': [ 'Тіркеуші', 'Регистратор', 'Registrar' ],
  'psc-operator': [ 'ХҚКО қызметкері', 'Работник ЦОН', 'PSC operator' ],
  'system': [ 'Ақпараттық жүйе', 'Информационная система', 'Information system' ],
  'external-body': [ 'Сыртқы орган', 'Внешний орган', 'External body' ]
};

const args = process.argv.slice(2);
const check = args.includes('--check');
const files = args.filter(arg => !arg.startsWith('--'));
let problems = 0;
for (const file of files) {
  const { rootElement: definitions, warnings } = await moddle.fromXML(fs.readFileSync(file, 'utf8'));
  if (warnings.length) {
    throw new Error(file + ': ' + warnings.map(warning => warning.message).join('; '));
  }
  const found = check ? verify(definitions) : (layout(definitions), verify(definitions));
  found.forEach(problem => console.log(file + ': ' + problem));
  problems += found.length;
  if (!check) {
    const { xml } = await moddle.toXML(definitions, { format: true });
    fs.writeFileSync(file, xml + '\n');
  }
}
if (problems) {
  console.log(problems + ' layout problem(s)');
  process.exitCode = 1;
}

function kind(element) {
  const type = element.$type;
  if (type.endsWith('Gateway')) {
    return 'gateway';
  }
  return type.endsWith('Event') ? 'event' : 'task';
}

function layout(definitions) {
  const process = definitions.rootElements.find(element => element.$type === 'bpmn:Process');
  const elements = process.flowElements || [];
  const flows = elements.filter(element => element.$type === 'bpmn:SequenceFlow');
  const boundaries = elements.filter(element => element.$type === 'bpmn:BoundaryEvent');
  const nodes = elements.filter(element => element.$type !== 'bpmn:SequenceFlow' &&
    element.$type !== 'bpmn:BoundaryEvent');
  // A boundary event's flows leave from its host, as far as columns and rows go.
  const anchor = element => element.$type === 'bpmn:BoundaryEvent' ? element.attachedToRef : element;
  const outgoing = new Map(nodes.map(node => [ node, [] ]));
  const incoming = new Map(nodes.map(node => [ node, [] ]));
  for (const flow of flows) {
    outgoing.get(anchor(flow.sourceRef)).push(flow);
    incoming.get(flow.targetRef).push(flow);
  }

  // Columns: longest path from the start events, back edges (loops) left out.
  const starts = nodes.filter(node => incoming.get(node).length === 0);
  const back = new Set();
  const state = new Map();
  const visit = node => {
    state.set(node, 'open');
    for (const flow of outgoing.get(node)) {
      const target = flow.targetRef;
      if (state.get(target) === 'open') {
        back.add(flow);
      } else if (!state.has(target)) {
        visit(target);
      }
    }
    state.set(node, 'done');
  };
  starts.forEach(visit);
  nodes.filter(node => !state.has(node)).forEach(visit);
  const column = new Map();
  const columnOf = node => {
    if (!column.has(node)) {
      column.set(node, 0);
      const from = incoming.get(node).filter(flow => !back.has(flow));
      column.set(node, from.length ? Math.max(...from.map(flow => columnOf(anchor(flow.sourceRef)) + 1)) : 0);
    }
    return column.get(node);
  };
  nodes.forEach(columnOf);

  const lanes = assignLanes(process, nodes, incoming, outgoing, anchor, column);

  // Rows inside each lane: a node takes its main predecessor's row (one below for what hangs off a boundary event)
  // or the next free one in its column.
  const row = new Map();
  const taken = new Set();
  const cell = (lane, col, r) => lane + '|' + col + '|' + r;
  const order = [ ...nodes ].sort((a, b) => column.get(a) - column.get(b) || rank(a) - rank(b));
  function rank(node) {
    const from = incoming.get(node)[0];
    return from && from.sourceRef.$type === 'bpmn:BoundaryEvent' ? 1 : 0;
  }
  for (const node of order) {
    const lane = lanes.get(node);
    let preferred = 0;
    const from = incoming.get(node).filter(flow => !back.has(flow))
      .map(flow => ({ flow, source: anchor(flow.sourceRef) }))
      .filter(({ source }) => lanes.get(source) === lane && row.has(source));
    if (from.length) {
      const main = from.find(({ flow }) => flow.sourceRef.$type !== 'bpmn:BoundaryEvent') || from[0];
      preferred = row.get(main.source) + (main.flow.sourceRef.$type === 'bpmn:BoundaryEvent' ? 1 : 0);
      // The second way out of a fork goes one row down, not through its sibling.
      const siblings = outgoing.get(main.source).filter(flow => flow.sourceRef.$type !== 'bpmn:BoundaryEvent');
      if (kind(main.source) === 'gateway' && siblings.length > 1) {
        preferred = row.get(main.source) + siblings.indexOf(main.flow);
      }
    }
    let r = preferred;
    while (taken.has(cell(lane, column.get(node), r))) {
      r++;
    }
    row.set(node, r);
    taken.add(cell(lane, column.get(node), r));
  }

  // Geometry.
  const laneIds = [ ...new Set(lanes.values()) ];
  const laneOrder = laneIds.map(id => ({ id, first: Math.min(...nodes.filter(node => lanes.get(node) === id)
    .map(node => column.get(node))) }));
  const bottom = [ 'Lane_InformationSystem', 'Lane_ExternalBody' ];
  laneOrder.sort((a, b) => bottom.indexOf(a.id) - bottom.indexOf(b.id) || a.first - b.first);
  const rowsIn = id => Math.max(...nodes.filter(node => lanes.get(node) === id).map(node => row.get(node))) + 1;
  const laneTop = new Map();
  let y = MARGIN;
  for (const { id } of laneOrder) {
    laneTop.set(id, y);
    y += rowsIn(id) * ROW;
  }
  const columns = Math.max(...nodes.map(node => column.get(node))) + 1;
  const left = MARGIN + (process.laneSets && process.laneSets.length ? LANE_HEADER : 0);
  const bounds = new Map();
  for (const node of nodes) {
    const size = SIZE[kind(node)];
    const boundaryCount = boundaries.filter(boundary => boundary.attachedToRef === node).length;
    // A long step name would run under the boundary events at the task's bottom edge.
    const wide = (node.name || '').length > 90 ? 30 : 0;
    const width = kind(node) === 'task' ? Math.max(size.width + wide, boundaryCount * 45 + 20) : size.width;
    const cx = left + column.get(node) * COLUMN + COLUMN / 2;
    const cy = laneTop.get(lanes.get(node)) + row.get(node) * ROW + ROW / 2;
    bounds.set(node, { x: cx - width / 2, y: cy - size.height / 2, width, height: size.height });
  }
  for (const boundary of boundaries) {
    const host = bounds.get(boundary.attachedToRef);
    const index = boundaries.filter(other => other.attachedToRef === boundary.attachedToRef).indexOf(boundary);
    bounds.set(boundary, { x: host.x + host.width - 20 - 45 * index - 36, y: host.y + host.height - 18, width: 36,
      height: 36 });
  }

  // Shapes, then labels, then edges (which avoid both).
  const plane = definitions.diagrams[0].plane;
  plane.planeElement = [];
  const shapes = [];
  if (process.laneSets && process.laneSets.length) {
    const width = columns * COLUMN + LANE_HEADER;
    for (const { id } of laneOrder) {
      const lane = process.laneSets[0].lanes.find(candidate => candidate.id === id);
      plane.planeElement.push(moddle.create('bpmndi:BPMNShape', { id: id + '_di', bpmnElement: lane, isHorizontal: true,
        bounds: moddle.create('dc:Bounds', { x: MARGIN, y: laneTop.get(id), width, height: rowsIn(id) * ROW }) }));
    }
  }
  const obstacles = [];
  const shapeOf = new Map();
  for (const element of [ ...nodes, ...boundaries ]) {
    const box = bounds.get(element);
    const shape = moddle.create('bpmndi:BPMNShape', { id: element.id + '_di', bpmnElement: element,
      bounds: moddle.create('dc:Bounds', box) });
    if (kind(element) === 'gateway') {
      shape.isMarkerVisible = true;
    }
    shapes.push(shape);
    shapeOf.set(element, shape);
    obstacles.push({ box, weight: 1000, owner: element });
  }
  plane.planeElement.push(...shapes);

  // Edges first, around the shapes; then labels where they cross fewest shapes, edges and other labels.
  const segments = [];
  const edges = [];
  for (const flow of flows) {
    const points = route(flow, bounds.get(flow.sourceRef), bounds.get(flow.targetRef), obstacles, segments);
    points.slice(1).forEach((point, i) => segments.push({ from: points[i], to: point, flow }));
    const edge = moddle.create('bpmndi:BPMNEdge', { id: flow.id + '_di', bpmnElement: flow,
      waypoint: points.map(([ x, y ]) => moddle.create('dc:Point', { x: Math.round(x), y: Math.round(y) })) });
    edges.push({ flow, edge, points });
    plane.planeElement.push(edge);
  }
  const labels = [];
  const place = (candidates, owner) => {
    let best = null;
    candidates.forEach((box, index) => {
      let cost = index;
      for (const obstacle of obstacles) {
        if (obstacle.owner !== owner && overlaps(box, obstacle.box)) {
          cost += 1000;
        }
      }
      for (const label of labels) {
        if (overlaps(box, label)) {
          cost += 500;
        }
      }
      for (const { from, to } of segments) {
        if (crosses(from, to, box)) {
          cost += 60;
        }
      }
      if (!best || cost < best.cost) {
        best = { cost, box };
      }
    });
    labels.push(best.box);
    return moddle.create('bpmndi:BPMNLabel', { bounds: moddle.create('dc:Bounds', best.box) });
  };
  for (const element of [ ...nodes, ...boundaries ]) {
    if (kind(element) === 'task' || !element.name) {
      continue;
    }
    const box = bounds.get(element);
    const { width, height } = labelBox(element.name);
    const cx = box.x + box.width / 2;
    const above = { x: cx - width / 2, y: box.y - height - 4, width, height };
    const below = { x: cx - width / 2, y: box.y + box.height + 4, width, height };
    const upperLeft = { x: box.x - width - 2, y: box.y - height + 6, width, height };
    const upperRight = { x: box.x + box.width + 2, y: box.y - height + 6, width, height };
    const lowerLeft = { x: box.x - width - 2, y: box.y + box.height - 6, width, height };
    const lowerRight = { x: box.x + box.width + 2, y: box.y + box.height - 6, width, height };
    const shift = (box, dy) => ({ ...box, y: box.y + dy });
    const candidates = element.$type === 'bpmn:BoundaryEvent'
      ? [ lowerRight, lowerLeft, below, shift(lowerRight, 14), shift(lowerLeft, 14), shift(below, 14) ]
      : kind(element) === 'gateway' ? [ above, upperLeft, upperRight, below, lowerLeft, lowerRight ]
        : [ below, above, lowerRight, upperRight, lowerLeft, upperLeft ];
    shapeOf.get(element).label = place(candidates, element);
  }
  for (const { flow, edge, points } of edges) {
    if (!flow.name) {
      continue;
    }
    const { width, height } = labelBox(flow.name);
    // Beside a horizontal stretch first (the answer reads along its way), then beside a vertical one.
    const horizontal = [];
    const vertical = [];
    // A stretch shared with a sibling from the same fork would leave the reader guessing whose answer it is.
    const shared = [];
    points.slice(1, 4).forEach((to, i) => {
      const from = points[i];
      const siblings = segments.filter(other => other.flow !== flow && other.flow.sourceRef === flow.sourceRef);
      const mine = siblings.some(other => along(from, to, other.from, other.to)) ? shared : null;
      if (mine) {
        const x = Math.min(from[0], to[0]) + 6;
        const y = Math.min(from[1], to[1]);
        mine.push({ x, y: y - height - 3, width, height });
        return;
      }
      if (from[1] === to[1]) {
        const x = Math.min(from[0], to[0]) + 6;
        horizontal.push({ x, y: from[1] - height - 3, width, height }, { x, y: from[1] + 3, width, height });
      } else {
        const y = Math.min(from[1], to[1]) + 6;
        const y2 = Math.max(from[1], to[1]) - height - 6;
        vertical.push({ x: from[0] + 4, y: y2, width, height }, { x: from[0] - width - 4, y: y2, width, height },
          { x: from[0] + 4, y, width, height }, { x: from[0] - width - 4, y, width, height });
      }
    });
    const candidates = [ ...horizontal, ...vertical, ...shared ];
    edge.label = place(candidates, flow);
  }
}

function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// bpmn-js wraps external labels at 90px, whatever width the DI gives; the DI box only has to hold the text.
function labelBox(text) {
  const width = 90;
  const perLine = Math.floor(width / CHAR);
  let lines = 0;
  let length = 0;
  for (const word of text.split(/\s+/)) {
    if (!lines || length + 1 + word.length > perLine) {
      lines += Math.ceil(word.length / perLine) || 1;
      length = word.length % perLine;
    } else {
      length += 1 + word.length;
    }
  }
  return { x: 0, y: 0, width: lines > 1 ? width : Math.min(width, Math.ceil(text.length * CHAR) + 6), height: lines * LINE };
}

// The cheapest of a few orthogonal routes: shapes crossed cost most, labels less, bends a little.
function route(flow, source, target, obstacles, segments) {
  const s = { cx: source.x + source.width / 2, cy: source.y + source.height / 2, ...source };
  const t = { cx: target.x + target.width / 2, cy: target.y + target.height / 2, ...target };
  const sourceKind = kind(flow.sourceRef);
  const right = s.x + s.width;
  const candidates = [];
  if (flow.sourceRef.$type === 'bpmn:BoundaryEvent') {
    const down = s.y + s.height;
    candidates.push([ [ s.cx, down ], [ s.cx, t.cy ], [ t.x, t.cy ] ]);
    candidates.push([ [ s.cx, down ], [ s.cx, down + 20 ], [ t.x - 20, down + 20 ], [ t.x - 20, t.cy ], [ t.x, t.cy ] ]);
  }
  if (t.x > right) {
    if (Math.abs(s.cy - t.cy) < 1) {
      candidates.push([ [ right, s.cy ], [ t.x, t.cy ] ]);
    }
    const gaps = [ right + (COLUMN - s.width) / 2 - 15, t.x - (COLUMN - t.width) / 2 + 15, t.x - 20, right + 20 ];
    for (const x of gaps) {
      if (x > right && x < t.x) {
        candidates.push([ [ right, s.cy ], [ x, s.cy ], [ x, t.cy ], [ t.x, t.cy ] ]);
      }
    }
    if (sourceKind === 'gateway' && Math.abs(s.cy - t.cy) >= 1) {
      const edgeY = t.cy > s.cy ? s.y + s.height : s.y;
      candidates.push([ [ s.cx, edgeY ], [ s.cx, t.cy ], [ t.x, t.cy ] ]);
    }
    if (kind(flow.targetRef) === 'gateway' && Math.abs(s.cy - t.cy) >= 1) {
      candidates.push([ [ right, s.cy ], [ t.cx, s.cy ], [ t.cx, t.cy > s.cy ? t.y : t.y + t.height ] ]);
    }
    // Around: along the gap between rows below both ends.
    for (const offset of [ 1, 2 ]) {
      const channel = Math.max(s.cy, t.cy) + ROW / 2 * offset;
      candidates.push([ [ right, s.cy ], [ right + 20, s.cy ], [ right + 20, channel ], [ t.x - 20, channel ],
        [ t.x - 20, t.cy ], [ t.x, t.cy ] ]);
    }
  } else {
    // Back to an earlier column (or straight down in the same one): below, then in from underneath.
    const below = Math.max(s.y + s.height, t.y + t.height) + 25;
    candidates.push([ [ s.cx, s.y + s.height ], [ s.cx, below ], [ t.cx, below ], [ t.cx, t.y + t.height ] ]);
    candidates.push([ [ right, s.cy ], [ right + 20, s.cy ], [ right + 20, below ], [ t.x - 20, below ],
      [ t.x - 20, t.cy ], [ t.x, t.cy ] ]);
  }
  const ignore = new Set([ flow.sourceRef, flow.targetRef, flow.sourceRef.attachedToRef ]);
  let best = null;
  for (const points of candidates) {
    let cost = points.length * 5 + length(points) / 100;
    for (let i = 1; i < points.length; i++) {
      for (const { box, weight, owner } of obstacles) {
        if (!ignore.has(owner) && crosses(points[i - 1], points[i], box)) {
          cost += weight;
        }
      }
    }
    for (let i = 1; i < points.length; i++) {
      for (const other of segments) {
        if (other.flow.sourceRef !== flow.sourceRef && other.flow.targetRef !== flow.targetRef &&
            along(points[i - 1], points[i], other.from, other.to)) {
          cost += 40;
        }
      }
    }
    if (!best || cost < best.cost) {
      best = { cost, points };
    }
  }
  return best.points;
}

// Two segments on the same line that share a stretch: the eye cannot tell the edges apart.
function along([ x1, y1 ], [ x2, y2 ], [ x3, y3 ], [ x4, y4 ]) {
  if (x1 === x2 && x3 === x4 && Math.abs(x1 - x3) < 4) {
    return Math.min(Math.max(y1, y2), Math.max(y3, y4)) - Math.max(Math.min(y1, y2), Math.min(y3, y4)) > 4;
  }
  if (y1 === y2 && y3 === y4 && Math.abs(y1 - y3) < 4) {
    return Math.min(Math.max(x1, x2), Math.max(x3, x4)) - Math.max(Math.min(x1, x2), Math.min(x3, x4)) > 4;
  }
  return false;
}

function length(points) {
  return points.slice(1).reduce((sum, point, i) => sum + Math.abs(point[0] - points[i][0]) +
    Math.abs(point[1] - points[i][1]), 0);
}

function crosses([ x1, y1 ], [ x2, y2 ], box) {
  const pad = 2;
  const [ minX, maxX, minY, maxY ] = [ Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2) ];
  return maxX > box.x - pad && minX < box.x + box.width + pad && maxY > box.y - pad && minY < box.y + box.height + pad;
}

function assignLanes(process, nodes, incoming, outgoing, anchor, column) {
  const groups = new Set(nodes.filter(node => node.$type === 'bpmn:UserTask' && node.candidateGroups)
    .map(node => actor(node)));
  const lanes = new Map();
  if (groups.size < 2) {
    process.laneSets = undefined;
    nodes.forEach(node => lanes.set(node, 'Lane_All'));
    return lanes;
  }
  const existing = process.laneSets && process.laneSets[0] ? process.laneSets[0].lanes || [] : [];
  for (const lane of existing) {
    (lane.flowNodeRef || []).forEach(node => lanes.set(node, lane.id));
  }
  const laneId = group => 'Lane_' + (group === 'system' ? 'InformationSystem' : group.split('-')
    .map(part => part[0].toUpperCase() + part.slice(1)).join(''));
  for (const node of nodes) {
    if (lanes.has(node)) {
      continue;
    }
    if (node.$type === 'bpmn:UserTask' && node.candidateGroups) {
      lanes.set(node, laneId(actor(node)));
    } else if ([ 'bpmn:ServiceTask', 'bpmn:CallActivity', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask' ]
      .includes(node.$type)) {
      lanes.set(node, laneId('system'));
    } else if (node.$type === 'bpmn:ReceiveTask' || (node.$type === 'bpmn:IntermediateCatchEvent' &&
      (node.eventDefinitions || []).some(definition => definition.$type === 'bpmn:MessageEventDefinition'))) {
      lanes.set(node, laneId('external-body'));
    }
  }
  // The rest follow their predecessor; joins and start events their successor.
  for (let pass = 0; pass < nodes.length && nodes.some(node => !lanes.has(node)); pass++) {
    for (const node of [ ...nodes ].sort((a, b) => column.get(a) - column.get(b))) {
      if (lanes.has(node)) {
        continue;
      }
      const before = incoming.get(node).map(flow => anchor(flow.sourceRef)).filter(source => lanes.has(source));
      const after = outgoing.get(node).map(flow => flow.targetRef).filter(target => lanes.has(target));
      const join = incoming.get(node).length > 1;
      const pick = join ? after[0] || before[0] : before[0] || after[0];
      if (pick) {
        lanes.set(node, lanes.get(pick));
      }
    }
  }
  nodes.filter(node => !lanes.has(node)).forEach(node => lanes.set(node, laneId('system')));

  const laneSet = process.laneSets && process.laneSets[0] ||
    moddle.create('bpmn:LaneSet', { id: 'LaneSet_Actors' });
  const byId = new Map(existing.map(lane => [ lane.id, lane ]));
  laneSet.lanes = [ ...new Set(lanes.values()) ].map(id => {
    const lane = byId.get(id) || moddle.create('bpmn:Lane', { id });
    const group = Object.keys(ACTORS).find(key => laneId(key) === id);
    if (!lane.name && group) {
      const [ kk, ru, en ] = ACTORS[group];
      lane.name = kk;
      lane.extensionElements = moddle.create('bpmn:ExtensionElements', { values: [ moddle.create('camunda:Properties', {
        values: [ moddle.create('camunda:Property', { name: 'name.ru', value: ru }),
          moddle.create('camunda:Property', { name: 'name.en', value: en }) ] }) ] });
    }
    lane.flowNodeRef = nodes.filter(node => lanes.get(node) === id);
    return lane;
  });
  // Boundary events sit in their host's lane.
  for (const lane of laneSet.lanes) {
    const boundaries = (process.flowElements || []).filter(element => element.$type === 'bpmn:BoundaryEvent' &&
      lane.flowNodeRef.includes(element.attachedToRef));
    lane.flowNodeRef.push(...boundaries);
  }
  process.laneSets = [ laneSet ];
  laneSet.$parent = process;
  return lanes;
}

function actor(task) {
  const group = task.candidateGroups.split(',')[0].trim();
  return group.slice(group.indexOf('.') + 1);
}

// What --check and every layout run look for.
function verify(definitions) {
  const process = definitions.rootElements.find(element => element.$type === 'bpmn:Process');
  const plane = definitions.diagrams[0].plane;
  const found = [];
  const shapes = plane.planeElement.filter(element => element.$type === 'bpmndi:BPMNShape');
  const flowShapes = shapes.filter(shape => shape.bpmnElement.$type !== 'bpmn:Lane');
  const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const boxes = [];
  for (const shape of flowShapes) {
    boxes.push({ what: shape.bpmnElement.id, box: shape.bounds, element: shape.bpmnElement });
    if (shape.label && shape.label.bounds) {
      boxes.push({ what: 'label of ' + shape.bpmnElement.id, box: shape.label.bounds, element: shape.bpmnElement });
    }
  }
  for (const edge of plane.planeElement.filter(element => element.$type === 'bpmndi:BPMNEdge')) {
    if (edge.label && edge.label.bounds) {
      boxes.push({ what: 'label of ' + edge.bpmnElement.id, box: edge.label.bounds, element: edge.bpmnElement });
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [ a, b ] = [ boxes[i], boxes[j] ];
      // A boundary event sits on its host's border, and an element's label next to the element.
      if (a.element === b.element || a.element.attachedToRef === b.element || b.element.attachedToRef === a.element) {
        continue;
      }
      if (overlap(a.box, b.box)) {
        found.push(a.what + ' overlaps ' + b.what);
      }
    }
  }
  for (const lane of (process.laneSets && process.laneSets[0] && process.laneSets[0].lanes) || []) {
    const laneShape = shapes.find(shape => shape.bpmnElement === lane);
    for (const node of lane.flowNodeRef || []) {
      const shape = flowShapes.find(candidate => candidate.bpmnElement === node);
      const box = shape && shape.bounds;
      if (!laneShape || !box || box.x < laneShape.bounds.x || box.y < laneShape.bounds.y ||
          box.x + box.width > laneShape.bounds.x + laneShape.bounds.width ||
          box.y + box.height > laneShape.bounds.y + laneShape.bounds.height + (node.attachedToRef ? 18 : 0)) {
        found.push(node.id + ' lies outside its lane ' + lane.id);
      }
    }
  }
  return found;
}
